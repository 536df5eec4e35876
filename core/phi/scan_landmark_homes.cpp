// Where a person lives told by a landmark, as records of places without street names write it:
// "lives behind the mosque near Kisimani primary school", "vive cerca de la iglesia de San Juan",
// "habite en face du marché de Kalamu", "mora perto da escola Nova Esperança", "anaishi karibu na
// soko la Kongowea", or opening the value of a label naming the home ("Residence: behind Total
// petrol station, Kisimani"). After a verb of dwelling (the residence cue) and at most three words, a
// preposition of place opens the directions; they run to the clause's end and must name a place
// of their own (a capitalised word that is no English word), so "lives near the clinic" and
// "lives behind the market" are too vague to place a home and stay unread.
// Look-alikes kept out: the same directions without a dwelling verb ("the clinic is behind the
// mosque"), a person after the preposition ("lives near her daughter Amina", a name's own span).
#include <array>
#include <utility>
#include <vector>

#include "flat_word_table.h"
#include "local_addresses.h"

namespace concord::phi::detail {

namespace {

// Verbs of dwelling, as the tokens read them (ASCII lower-cased): English, Spanish, French,
// Portuguese, Swahili, Indonesian and Malay, Filipino.
constexpr auto kDwellingVerbs = std::to_array<std::string_view>({
    "lives", "living", "live", "resides", "residing", "reside", "stays", "staying", "stay", "vive", "viven",
    "habita", "habitan", "habite", "habitent", "demeure", "mora", "moram", "morando", "anaishi", "wanaishi",
    "anakaa", "wanakaa", "tinggal", "nakatira"});

// Prepositions of place opening directions, as one to three tokens.
struct Preposition {
  std::array<std::string_view, 3> words;
};
constexpr auto kPrepositions = std::to_array<Preposition>({
    {{"behind"}}, {{"near"}}, {{"opposite"}}, {{"beside"}}, {{"next", "to"}}, {{"close", "to"}},
    {{"adjacent", "to"}}, {{"across", "from"}}, {{"in", "front", "of"}}, {{"cerca", "de"}}, {{"cerca", "del"}},
    {{"detr\u00e1s", "de"}}, {{"detr\u00e1s", "del"}}, {{"frente", "a"}}, {{"frente", "al"}}, {{"enfrente", "de"}},
    {{"enfrente", "del"}}, {{"al", "lado", "de"}}, {{"al", "lado", "del"}}, {{"junto", "a"}}, {{"junto", "al"}},
    {{"atr\u00e1s", "de"}}, {{"atr\u00e1s", "del"}}, {{"en", "face", "de"}}, {{"en", "face", "du"}},
    {{"en", "face", "des"}}, {{"pr\u00e8s", "de"}}, {{"pr\u00e8s", "du"}}, {{"derri\u00e8re"}},
    {{"\u00e0", "c\u00f4t\u00e9", "de"}}, {{"\u00e0", "c\u00f4t\u00e9", "du"}}, {{"perto", "de"}},
    {{"perto", "do"}}, {{"perto", "da"}}, {{"atr\u00e1s", "do"}}, {{"atr\u00e1s", "da"}}, {{"em", "frente", "ao"}},
    {{"em", "frente", "\u00e0"}}, {{"ao", "lado", "do"}}, {{"ao", "lado", "da"}}, {{"karibu", "na"}},
    {{"nyuma", "ya"}}, {{"mbele", "ya"}}, {{"dekat"}}, {{"belakang"}}, {{"depan"}}, {{"malapit", "sa"}},
    {{"likod", "ng"}}, {{"tapat", "ng"}}});

// Words after the preposition that make it a person's place, not a landmark's: "near her
// daughter", "cerca de su hija", "près de sa fille".
constexpr auto kPossessives = std::to_array<std::string_view>({
    "her", "his", "their", "my", "our", "your", "him", "them", "family", "relatives", "su", "sus", "sa", "son", "ses",
    "leur", "seu", "sua", "seus", "suas", "mi", "mis", "mon", "ma"});

// Words that end the directions: a new clause or what follows the place.
constexpr auto kClauseWords = std::to_array<std::string_view>({
    "with", "and", "since", "for", "but", "who", "where", "because", "con", "y", "desde", "pero", "avec", "et",
    "depuis", "mais", "com", "e", "mas", "na", "tangu", "dengan", "dan", "kasama", "at"});

// (Asked of every word of a note: a hashed look-up.)
bool isDwellingVerb(std::string_view lower) {
  static const FlatWordTable* const table = [] {
    std::vector<std::pair<std::string_view, std::uint32_t>> entries;
    for (std::string_view word : kDwellingVerbs) entries.emplace_back(word, 1);
    return new FlatWordTable(entries);
  }();
  // (The verbs' first two letters first, which most words fail: "li", "re", "st", "vi", "ha",
  // "de", "mo", "an", "wa", "ti", "na".)
  if (lower.size() < 4 || lower.size() > 9) return false;
  char second = 0;
  switch (lower[0]) {
    case 'l': case 'v': case 't': second = 'i'; break;
    case 'r': case 'd': second = 'e'; break;
    case 's': second = 't'; break;
    case 'h': case 'w': case 'n': second = 'a'; break;
    case 'm': second = 'o'; break;
    case 'a': second = 'n'; break;
    default: return false;
  }
  return lower[1] == second && table->find(lower) != 0;
}

// The number of tokens of a preposition at token k, or 0.
std::size_t prepositionAt(const ScanInput& in, std::size_t k) {
  // (The first word's length and first byte before any comparison: asked of many words.)
  const std::string_view head = in.tokens[k].lower;
  for (const Preposition& p : kPrepositions) {
    if (p.words[0].size() != head.size() || p.words[0][0] != head[0]) continue;
    std::size_t n = 0;
    while (n < 3 && !p.words[n].empty()) ++n;
    if (k + n >= in.tokens.size()) continue;
    bool match = true;
    for (std::size_t w = 0; w < n && match; ++w) {
      match = in.tokens[k + w].lower == p.words[w] && (w == 0 || gapBetween(in, k + w - 1, k + w) == " ");
    }
    if (match) return n;
  }
  return 0;
}

}  // namespace

void scanLandmarkHomes(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i + 3 < n; ++i) {
    std::size_t at = 0;
    std::size_t words = 0;
    const std::size_t s = tokens[i].start;
    if (s >= 2 && in.text[s - 2] == ':' && in.text[s - 1] == ' ') {
      // Directions opening the value of a label naming the home: "Residence: behind Total petrol
      // station, Kisimani", "Directions to home: near Kisimani mosque".
      words = prepositionAt(in, i);
      if (words == 0) continue;
      std::string_view label = sameLineBefore(in.text, s - 2, 48);
      if (!endsWithAddressLabel(label)) continue;
      at = i;
    } else {
      if (!isDwellingVerb(tokens[i].lower)) continue;
      // The preposition within three words after the verb, on its line and in its clause.
      for (std::size_t k = i + 1; k < n && k <= i + 4; ++k) {
        const std::string_view gap = gapBetween(in, k - 1, k);
        if (gap != " ") break;
        words = prepositionAt(in, k);
        if (words != 0) {
          at = k;
          break;
        }
      }
      if (at == 0) continue;
    }
    const std::size_t from = at + words;
    if (from >= n || gapBetween(in, from - 1, from) != " " || listHas(kPossessives, tokens[from].lower)) continue;
    // The directions run to the clause's end: a stop, a semicolon, a line's end, a bracket, a
    // comma before a word in lower case, or a word opening a new clause.
    std::size_t last = from;
    bool named = false;
    for (std::size_t k = from; k < n && k < from + 12; ++k) {
      if (k > from) {
        const std::string_view gap = gapBetween(in, k - 1, k);
        if (gap != " " && gap != ", " && gap != "-" && gap != "'" && gap != "\u2019") break;
        if (gap == ", " && !tokens[k].properShape()) break;
        if (listHas(kClauseWords, tokens[k].lower) && !tokens[k].properShape()) break;
      }
      const Token& t = tokens[k];
      // (A capitalised word after the first that is no English word names the place: "Kisimani",
      // "San Juan", "Kongowea"; a clock time or a date ends the directions.)
      if (t.hasDigit && !t.hasLetter) break;
      named = named || (t.properShape() && !t.hasDigit && t.length() >= 3 && !(t.classes & WordClass::kEnglish));
      last = k;
    }
    if (!named) continue;
    out.push_back({tokens[at].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
    i = last;
  }
}

}  // namespace concord::phi::detail
