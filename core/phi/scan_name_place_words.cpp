// Words of rural, retrieval and foreign addresses that look like a name and are none: an acronym
// of field medicine in capitals inside ordinary prose ("stabilisation centre for SAM with
// complications"), an island after "Isle of", a Mexican state's abbreviation after its town
// ("Comitán, Chis."), a transport van's call sign ("Van LifeFlight 3") and the first word of a
// facility's name ("Dest: Tanana Valley Regional"). Shared by the rules' vetoes and the name
// model's revision (name_model_revise.cpp), which must not add what the rules refuse.
#include <algorithm>
#include <array>
#include <string_view>

#include "name_cues.h"
#include "name_scanner.h"

namespace concord::phi::detail {

namespace {

bool sameLineWord(const ScanInput& in, std::size_t a, std::size_t b) {
  return gapBetween(in, a, b).find('\n') == std::string_view::npos;
}

}  // namespace

bool acronymInProse(const ScanInput& in, std::size_t k) {
  // Severe and moderate acute malnutrition ("SAM", "MAM") and acute lung injury or a 911 call's
  // automatic location information ("ANI/ALI") are written in capitals; given names written so
  // in a note of ordinary case come after a label or with a family name. A neighbouring word in
  // lower case on the same line shows that the note is not written in capitals.
  static constexpr std::array<std::string_view, 3> kAcronyms = {"sam", "mam", "ali"};
  const std::vector<Token>& tokens = in.tokens;
  const Token& t = tokens[k];
  if (!t.allCaps || !listHas(kAcronyms, t.lower)) return false;
  // ("CALL RCVD ANI 7515162889 ALI N-60 MILE MARKER 69": after the caller's number, in any case.)
  if (t.lower == "ali" && k >= 2 && tokens[k - 2].lower == "ani" && tokens[k - 1].allDigits) return true;
  const auto lowerWord = [&](std::size_t j) {
    return j < tokens.size() && sameLineWord(in, std::min(j, k), std::max(j, k)) && isLower(in.text[tokens[j].start]);
  };
  return lowerWord(k + 1) || (k > 0 && lowerWord(k - 1));
}

bool islandAfterIsleOf(const ScanInput& in, std::size_t k) {
  // "Balallan, Isle of Lewis HS2 9PB", "the Isles of Scilly".
  const std::vector<Token>& tokens = in.tokens;
  return k >= 2 && tokens[k - 1].lower == "of" && gapBetween(in, k - 1, k) == " " &&
         gapBetween(in, k - 2, k - 1) == " " && (tokens[k - 2].lower == "isle" || tokens[k - 2].lower == "isles");
}

bool mexicanStateAfterTown(const ScanInput& in, std::size_t k) {
  // Mexican addresses abbreviate the state with a full stop after the town: "Comitán, Chis.",
  // "Chilpancingo, Gro.", "Oaxaca de Juárez, Oax." (only the abbreviations that are no English
  // word; the comma, the town before it and the full stop after it are needed as well).
  static constexpr std::array<std::string_view, 18> kStates = {
      "ags", "chis", "chih", "coah", "dgo", "gto", "gro", "hgo", "edomex", "mich", "oax", "pue", "qro", "tamps",
      "tlax", "yuc", "zac", "cdmx"};
  const std::vector<Token>& tokens = in.tokens;
  if (k == 0 || k + 1 > tokens.size() || !listHas(kStates, tokens[k].lower)) return false;
  const std::string_view after = k + 1 < tokens.size() ? gapBetween(in, k, k + 1) : in.text.substr(tokens[k].end);
  return gapBetween(in, k - 1, k) == ", " && tokens[k - 1].properShape() && after.starts_with(".");
}

bool vanCallSign(const ScanInput& in, std::size_t k) {
  // "Van LifeFlight 3", "Van Rescue 51": a transport van named by its call sign (a word and a
  // unit number), not the particle of a Dutch name.
  const std::vector<Token>& tokens = in.tokens;
  return tokens[k].lower == "van" && k + 2 < tokens.size() && gapBetween(in, k, k + 1) == " " &&
         gapBetween(in, k + 1, k + 2) == " " && tokens[k + 1].properShape() && tokens[k + 2].allDigits;
}

bool estateNameAfterParticle(const ScanInput& in, std::size_t k) {
  // "Urb. Jardines de Caparra", "Parcelas de Vieques", "Calle de la Luna": the name of a Puerto
  // Rican estate or a street after its word and a particle.
  static constexpr std::array<std::string_view, 8> kEstates = {"jardines", "parcelas", "calle", "urb",
                                                               "villas", "estancias", "alturas", "reparto"};
  static constexpr std::array<std::string_view, 5> kParticles = {"de", "del", "la", "los", "las"};
  const std::vector<Token>& tokens = in.tokens;
  if (k < 2 || gapBetween(in, k - 1, k) != " " || gapBetween(in, k - 2, k - 1) != " ") return false;
  if (listHas(kParticles, tokens[k - 1].lower)) return listHas(kEstates, tokens[k - 2].lower);
  return k >= 3 && listHas(kParticles, tokens[k - 2].lower) && listHas(kParticles, tokens[k - 1].lower) &&
         gapBetween(in, k - 3, k - 2) == " " && listHas(kEstates, tokens[k - 3].lower);
}

bool stayCompound(const ScanInput& in, std::size_t k) {
  // "QUALITY MEASURE: LONG-STAY RESIDENTS", "SHORT-TERM GOALS": a compound of a length and a
  // stay, in any case.
  const std::vector<Token>& tokens = in.tokens;
  return (tokens[k].lower == "long" || tokens[k].lower == "short") && k + 1 < tokens.size() &&
         gapBetween(in, k, k + 1) == "-" &&
         (tokens[k + 1].lower == "stay" || tokens[k + 1].lower == "term" || tokens[k + 1].lower == "acting");
}

bool facilityNameFollows(const ScanInput& in, std::size_t k) {
  // "Dest: Tanana Valley Regional": two facility words after the word (a place's landscape and
  // the hospital's kind) make it the first word of the facility's name.
  const std::vector<Token>& tokens = in.tokens;
  return k + 2 < tokens.size() && gapBetween(in, k, k + 1) == " " && gapBetween(in, k + 1, k + 2) == " " &&
         tokens[k + 1].capitalised && tokens[k + 2].capitalised && isPlaceAfter(tokens[k + 1].lower) &&
         isPlaceAfter(tokens[k + 2].lower) && !isBuildingWord(tokens[k + 2].lower);
}

}  // namespace concord::phi::detail
