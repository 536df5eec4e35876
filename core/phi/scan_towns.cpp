// Towns named without a street: after a phrase that says where a person lives ("lives alone in
// Fairhaven", "of Ashford, NC"), in parentheses ("(Kingsport, TX)"), on the city line of a printed
// form, and after a label of place ("Location confirmed: Westfield, NY"). scanAddresses
// (scan_places.cpp) calls these in its one pass over the tokens.
#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "flat_word_table.h"
#include "name_cues.h"
#include "name_tables.h"
#include "places.h"
#include "scan.h"

namespace concord::phi::detail {

namespace {

bool isWord(const Token& t, std::string_view lower) { return t.lower == lower; }

// A town word: proper-shaped, no digit, not an ordinary English or clinical word ("Fairhaven",
// "Port Ellis", "HOLLIS BAY"; not "Assisted Living", "Section").
// A word that opens town names: "Port Ellis", "Fort Worth", "North Calder".
// ("Lower Merion", "Upper Darby": the lower and upper town of a pair.)
bool townPrefix(const Token& t) {
  static constexpr std::array<std::string_view, 15> kPrefixes = {"new",  "port", "fort",  "mount", "lake",
                                                                 "saint", "east", "west", "north", "south",
                                                                 "glen", "grand", "point", "lower", "upper"};
  return std::find(kPrefixes.begin(), kPrefixes.end(), t.lower) != kPrefixes.end();
}

bool townWord(const Token& t) {
  // Words of a residence that is no town: "lives in Assisted Living", "home in Section 8".
  // British and Australian ones too: "lives in Supported Accommodation", "Sheltered Housing".
  // "til" and "till" of a text message end the town: "IN GAMBELL TIL 5/26".
  static constexpr std::array<std::string_view, 39> kNotTown = {
      "assisted", "living",    "care",          "nursing",   "home",    "group",       "senior",
      "section",  "shelter",   "facility",      "memory",    "skilled", "supported",   "accommodation",
      "sheltered", "housing",  "residential",   "hostel",    "respite", "til",         "till",
      // Spanish words after a town in capitals ("VIVE EN LAKEWOOD CON SU NIETA") and modal
      // verbs ("IN NEW CANAAN MIGHT TAKE HIM").
      "con",      "su",        "sus",           "might",     "could",   "would",       "should",
      // Units of a hospital: "her son Ali in MICU", "daughter in PACU".
      "icu",      "micu",      "sicu",          "nicu",      "picu",    "cvicu",       "cticu",
      "ccu",      "pacu",      "snf",           "ltach"};
  if (!t.properShape() || t.hasDigit || t.length() < 2 || isTitleWord(t) || isCredentialWord(t)) return false;
  for (std::string_view w : kNotTown) {
    if (t.lower == w) return false;
  }
  if (townPrefix(t)) return true;
  return !isNeverNameWord(t);
}

}  // namespace

namespace {

// The last word of many towns is a word of landscape or of the works and stops a town grew
// around: "Dodge City", "Twin Falls", "Hooper Bay", "College Station", "Great Mills", "Mud Flats",
// "Jacks Crossing".
constexpr std::array<std::string_view, 24> kTownTails = {
    "city",     "falls",   "springs", "beach",  "heights", "creek",  "river",  "harbor",
    "harbour",  "bay",     "valley",  "junction", "hills", "rapids", "ridge",  "grove",
    "spring",   "prairie", "lake",    "village", "station", "mills", "flats", "crossing"};

bool landscapeTail(const Token& w) {
  return w.properShape() && std::find(kTownTails.begin(), kTownTails.end(), w.lower) != kTownTails.end();
}

}  // namespace

// The last token of a town of one to three words starting at i, or npos.
std::size_t townAt(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i >= tokens.size()) return std::string_view::npos;
  // A word followed by ':' or '=' is the next field's label ("Address: Bristol Mob: +91 ..."),
  // not part of the town.
  auto label = [&](std::size_t k) {
    const std::size_t end = tokens[k].end;
    return end < in.text.size() && (in.text[end] == ':' || in.text[end] == '=');
  };
  auto tail = [](const Token& w) { return landscapeTail(w); };
  // A possessive town, capitalised: "Gobbler's Knob", "Martha's Vineyard", "Land's End" (not an
  // eponym: "Parkinson's Disease", "Bell's palsy").
  if (i + 2 < tokens.size() && tokens[i].properShape() && !tokens[i].hasDigit && tokens[i].length() >= 3 &&
      (gapBetween(in, i, i + 1) == "'" || gapBetween(in, i, i + 1) == "\u2019") && tokens[i + 1].lower == "s" &&
      gapBetween(in, i + 1, i + 2) == " " && tokens[i + 2].properShape() && !tokens[i + 2].hasDigit &&
      tokens[i + 2].length() >= 3 && !isEponymTrigger(tokens[i + 2]) && !isEponymName(tokens[i]) &&
      !hasClinicalEnding(tokens[i + 2].lower) && !isTitleWord(tokens[i]) && !label(i + 2) &&
      stateAt(in, i + 2) == std::string_view::npos) {
    return i + 2;
  }
  std::size_t last = i;
  if (i + 2 < tokens.size() && (tokens[i].lower == "st" || tokens[i].lower == "ste") && tokens[i].properShape() &&
      gapBetween(in, i, i + 1) == ". " && townWord(tokens[i + 1]) && !label(i + 1)) {
    // "St. Cloud", "Ste. Genevieve": the abbreviated saint and the name after it.
    last = i + 1;
  } else if (!townWord(tokens[i])) {
    // An ordinary word before a word of landscape is a town too: "Cedar Falls", "Pine Ridge",
    // "Silver Spring", "Garden Grove", "Eden Prairie".
    const Token& first = tokens[i];
    if (!(first.properShape() && !first.hasDigit && first.length() >= 3 && !isTitleWord(first) &&
          !isCredentialWord(first) && i + 1 < tokens.size() && tail(tokens[i + 1]) &&
          isInlineSpace(gapBetween(in, i, i + 1), 1))) {
      return std::string_view::npos;
    }
    last = i + 1;
  } else if (i + 1 < tokens.size() && isInlineSpace(gapBetween(in, i, i + 1), 1) && !label(i + 1)) {
    // After a prefix of towns the second word may be an ordinary one: "Point Hope", "New Hope",
    // "Mount Pleasant", "Fort Worth" (not after a compass word: "West Wing" is a building's).
    static constexpr std::array<std::string_view, 7> kOpeners = {"new", "port", "fort", "mount", "lake", "glen", "point"};
    const Token& next = tokens[i + 1];
    if (std::find(kOpeners.begin(), kOpeners.end(), tokens[i].lower) != kOpeners.end() && next.properShape() &&
        !next.hasDigit && next.length() >= 3 && !isTitleWord(next) && !isCredentialWord(next) &&
        stateAt(in, i + 1) == std::string_view::npos) {
      last = i + 1;
    }
  }
  // A word of landscape ends the town: "IN HOLLIS BAY MIGHT TAKE HIM".
  while (last + 1 < tokens.size() && last < i + 2 && !(last > i && tail(tokens[last])) &&
         (townWord(tokens[last + 1]) || tail(tokens[last + 1])) &&
         isInlineSpace(gapBetween(in, last, last + 1), 1) && stateAt(in, last + 1) == std::string_view::npos &&
         !label(last + 1)) {
    ++last;
  }
  // "Laura village", "Kwethluk village": the word of a village after its name, in lower case.
  if (last + 1 < tokens.size() && isWord(tokens[last + 1], "village") && in.text[tokens[last + 1].start] == 'v' &&
      gapBetween(in, last, last + 1) == " ") {
    ++last;
  }
  return last;
}

// Only punctuation or a line end after token k: "Lives in Fairhaven; ramp", "of Eastbrook, GA,".
bool clauseEnds(const ScanInput& in, std::size_t k) {
  const std::string_view text = in.text;
  const std::size_t end = in.tokens[k].end;
  return end >= text.size() || text[end] == ';' || text[end] == '.' || text[end] == ',' || text[end] == ')' ||
         text[end] == '\n' || text[end] == '\r';
}

// The state after a town ("Ashford, NC", "Port Ellis, Arizona", "Oak Ridge AZ"), or npos. State
// codes that are also credentials ("MD", "PA") count only when nothing word-like follows them.
std::size_t stateAfterTown(const ScanInput& in, std::size_t town) {
  const auto& tokens = in.tokens;
  if (town + 1 >= tokens.size()) return std::string_view::npos;
  const std::string_view gap = gapBetween(in, town, town + 1);
  if (gap != ", " && gap != " " && gap != ",") return std::string_view::npos;
  return stateAt(in, town + 1);
}

namespace {

// "lives with her daughter-in-law in" before token i ("in"), the relative's name perhaps between:
// a person's home is named next.
bool livesWithBefore(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (tokens[i - 1].hasDigit) return false;
  // The relation ends at token `last`: "with her daughter-in-law".
  auto relationEndsAt = [&](std::size_t last) {
    std::size_t k = last;
    while (k > 0 && k + 4 > last + 1 && gapBetween(in, k - 1, k) == "-") --k;
    if (k < 3) return false;
    const Token& owner = tokens[k - 1];
    if (!(isWord(owner, "his") || isWord(owner, "her") || isWord(owner, "their") || isWord(owner, "my"))) return false;
    if (!isWord(tokens[k - 2], "with")) return false;
    const Token& verb = tokens[k - 3];
    return isWord(verb, "lives") || isWord(verb, "living") || isWord(verb, "live") || isWord(verb, "resides") ||
           isWord(verb, "residing");
  };
  if (relationEndsAt(i - 1)) return true;
  // The relative's name between: "lives with her sister Mei-Xing in", "partner O'Shea in",
  // "COUSIN CHINEDUM IN".
  std::size_t name = i - 1;
  while (name > 0 && (gapBetween(in, name - 1, name) == "-" || gapBetween(in, name - 1, name) == "'" ||
                      gapBetween(in, name - 1, name) == "\u2019") &&
         tokens[name - 1].hasLetter) {
    --name;
  }
  return tokens[name].properShape() && name > 1 && gapBetween(in, name - 1, name) == " " && relationEndsAt(name - 1);
}

// A town's public building before token i ("in"): "outside the post office in Bristol", "the
// public library in Marlow", "city hall in Dunmore".
bool landmarkBefore(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i < 2 || !isInlineSpace(gapBetween(in, i - 1, i), 1)) return false;
  const Token& place = tokens[i - 1];
  const Token& before = tokens[i - 2];
  return (isWord(place, "office") && isWord(before, "post")) || isWord(place, "library") ||
         isWord(place, "courthouse") || (isWord(place, "hall") && (isWord(before, "city") || isWord(before, "town")));
}

// " and" right after token k: "grew up in Millbrook and worked as a seamstress".
bool andFollows(const ScanInput& in, std::size_t k) {
  return k + 1 < in.tokens.size() && gapBetween(in, k, k + 1) == " " && isWord(in.tokens[k + 1], "and");
}

}  // namespace

// "Lee, MD   12345 units" is a credential code then a count: after "MD" or "PA" and a column
// gap, five digits are a ZIP only when no lower-case word follows them ("Marlow, PA   95441 Home
// Ph").
bool zipEndsField(const ScanInput& in, std::size_t k) {
  const std::string_view text = in.text;
  const std::size_t end = in.tokens[k].end;
  if (end >= text.size() || text[end] != ' ') return true;
  std::size_t j = end;
  while (j < text.size() && text[j] == ' ') ++j;
  return j >= text.size() || !isLower(text[j]);
}

namespace {

// The words that open an identifier's label before "ID" on claims, forms and logs ("Payer ID",
// "Member ID", "Employee ID"): none is a town's name.
bool idLabelHead(const Token& word) {
  static constexpr auto kHeads = std::to_array<std::string_view>(
      {"payer", "payor", "member", "patient", "subscriber", "claim", "provider", "employee", "staff", "user",
       "visitor", "badge", "student", "customer", "client", "submitter", "receiver", "sender", "vendor",
       "supplier", "session", "transaction", "batch", "group", "plan", "record", "case", "order", "encounter",
       "device", "tax", "national", "login", "account", "guarantor", "insured", "beneficiary", "policy"});
  return std::find(kHeads.begin(), kHeads.end(), word.lower) != kHeads.end();
}

// The labels that name a town the way "Place:" does, read with its refusals (one word that is an
// English word, a department or a name is refused): a mortuary release's "Destination :", where the
// body is taken ("Destination : Ambositra", not "Destination: Radiology"), and the Arabic burial
// place, "مكان الدفن: Douma". Token i follows the label.
bool placeLikeLabel(const ScanInput& in, std::size_t i) {
  const Token& label = in.tokens[i - 1];
  if (isWord(label, "destination")) return true;
  return i >= 2 && label.lower == "\u0627\u0644\u062f\u0641\u0646" &&
         in.tokens[i - 2].lower == "\u0645\u0643\u0627\u0646";
}

}  // namespace

// "Town, ST 12345" set off from what precedes by a column gap or a leader ("Lane, Unit 7
// Hollis Bay, NC   84723", "CITY/ST/ZIP..: OAK RIDGE, WA 92246"): a town, its state and a ZIP
// code after it on the line. Token i follows a gap of two bytes or more. Returns the last token
// of the state, or i.
std::size_t townStateZipAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  // An opening parenthesis is no column gap: "(Ana, ID 40917, by video)" is an interpreter's
  // name and badge number.
  if (tokens[i].start > 0 && in.text[tokens[i].start - 1] == '(') return i;
  // Cheap first: five digits within the next five tokens, or no town here.
  bool zipAhead = false;
  for (std::size_t k = i + 2; k < tokens.size() && k <= i + 5 && !zipAhead; ++k) {
    zipAhead = tokens[k].allDigits && tokens[k].length() == 5;
  }
  if (!zipAhead) return i;
  const std::size_t town = townAt(in, i);
  if (town == std::string_view::npos) return i;
  const std::size_t state = stateAfterTown(in, town);
  if (state == std::string_view::npos || state + 1 >= tokens.size()) return i;
  const Token& zip = tokens[state + 1];
  const std::string_view gap = gapBetween(in, state, state + 1);
  if (!zip.allDigits || zip.length() != 5 || gap.empty() || gap.size() > 4 || !gapOnly(gap, " ,", 4)) return i;
  const Token& st = tokens[state];
  if (st.length() == 2 && (st.lower == "md" || st.lower == "pa") && gap != " " && !zipEndsField(in, state + 1)) {
    return i;
  }
  // "Payer ID 87726", "MEMBER ID 12345": Idaho's code after the word an identifier's label opens
  // with is that label, and the five digits its number, no town's ZIP.
  if (st.lower == "id" && state > 0 && idLabelHead(tokens[state - 1])) return i;
  out.push_back({tokens[i].start, tokens[state].end, PhiCategory::Address, priority::kAddress});
  return state;
}

// The clinic of a village after a "From:" or "To:" label of a transfer, the village named:
// "From: Toksook Bay clinic   To: regional hospital", "FROM: BETHEL, AK CLINIC". Returns the
// last token of the town (or its state), or i.
std::size_t clinicTownAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t town = townAt(in, i);
  if (town == std::string_view::npos) return i;
  std::size_t last = town;
  if (const std::size_t state = stateAfterTown(in, town); state != std::string_view::npos &&
                                                         gapBetween(in, town, town + 1) == ", ") {
    last = state;
  }
  if (last + 1 >= tokens.size() || !isWord(tokens[last + 1], "clinic") || gapBetween(in, last, last + 1) != " ") {
    return i;
  }
  // The clinic word in lower case; in capitals it may be the clinic's own name ("TO: COBALT
  // VALLEY CLINIC"), so only with the state.
  const Token& clinic = tokens[last + 1];
  if (!(isLower(in.text[clinic.start]) || (clinic.allCaps && tokens[i].allCaps && last != town))) return i;
  out.push_back({tokens[i].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
  return last;
}

// The labels of where a person lives below the town, as rural and informal addressing names it on
// forms of the world: the village, hamlet, neighbourhood or settlement ("Kijiji: Kisimani",
// "Aldea: El Rosario", "Vereda: La Esperanza", "Barangay: San Isidro", "Desa: Sukamaju", "Thôn:
// Phú Lộc", "Mahalla: Chilonzor", "Umudugudu: Rugando"). A value that is a number or an English
// word is refused as after any town label ("Sector: Oncology", "Cell: 4").
bool ruralPlaceLabel(const Token& label) {
  static constexpr auto kLabels = std::to_array<std::string_view>({
      // English of Africa and Asia, Spanish and Portuguese of Latin America, French of Africa.
      "hamlet", "locality", "neighbourhood", "neighborhood", "homestead", "sublocation", "aldea", "vereda",
      "caser\u00edo", "caserio", "corregimiento", "barrio", "colonia", "localidad", "poblado", "comunidad",
      "povoado", "bairro", "aldeia", "localit\u00e9", "localite", "quartier", "hameau", "fokontany",
      // Swahili, Kinyarwanda, Amharic in Latin letters, Hausa, Yoruba.
      "kijiji", "kitongoji", "mtaa", "umudugudu", "akagari", "umurenge", "kebele", "unguwa", "ilu",
      // Filipino, Indonesian and Malay, Vietnamese, Thai in Latin letters, Uzbek and Tajik.
      "barangay", "brgy", "sitio", "purok", "desa", "kelurahan", "dusun", "kampung", "kampong", "banjar",
      "gampong", "nagari", "th\u00f4n", "Th\u00f4n", "\u1ea5p", "\u1ea4p", "x\u00e3", "X\u00e3", "b\u1ea3n",
      "B\u1ea3n", "tambon", "mooban", "muban", "mahalla", "mahallah", "qishloq", "deh", "mouza", "mauza",
      "gaon", "tole", "chiwog", "kraal"});
  // (Asked of every word before ": ": a hashed look-up.)
  static const FlatWordTable* const table = [] {
    std::vector<std::pair<std::string_view, std::uint32_t>> entries;
    for (std::string_view word : kLabels) entries.emplace_back(word, 1);
    return new FlatWordTable(entries);
  }();
  return table->find(label.lower) != 0;
}

// A town alone after a label of city or of address, as forms and key=value dumps write it:
// "city=Eastbrook;", "Town: Marlow", "ADDRESS: BRISTOL MOB: +91 ...". After an address label only
// when the clause ends or the next label starts. Token i follows ": " or "=". Returns the town's
// last token, or i.
std::size_t labelOnlyTownAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  if (i == 0) return i;
  const Token& label = tokens[i - 1];
  // "Village: Savoonga" in an Alaska health aide's note, "Community: Chinle".
  // The town's label of other countries' forms: Brazilian "Município: Caruaru", "Cidade:", French
  // "Ville :", Polish "Miejscowość:" and "Miasto:", "Commune:".
  const bool cityLabel = isWord(label, "city") || isWord(label, "town") || isWord(label, "suburb") ||
                         isWord(label, "village") || isWord(label, "community") || isWord(label, "munic\u00edpio") ||
                         isWord(label, "munic\u00cdpio") || isWord(label, "municipio") || isWord(label, "cidade") ||
                         isWord(label, "ville") || isWord(label, "miejscowo\u015b\u0107") ||
                         isWord(label, "miejscowo\u015a\u0106") || isWord(label, "miasto") ||
                         // (A Vietnamese or French commune: "Commune: Cửa Lò".)
                         isWord(label, "commune") ||
                         // (A Jamaican parish, where a person lives: "Parish: Manchester", "Parish /
                         // district: Mandeville".)
                         isWord(label, "parish") ||
                         (isWord(label, "district") && i >= 2 && isWord(tokens[i - 2], "parish")) ||
                         // (The third list: the French "Origine :" of a dialysis or treatment card,
                         // where the patient comes from; Uganda's "Village / LC1:", the village of
                         // the Local Council 1.)
                         isWord(label, "origine") || isWord(label, "lc1") ||
                         // (Bhutan's district, where a person is registered, "Dzongkhag: Mongar";
                         // a health worker's catchment, the village its households live in.)
                         isWord(label, "dzongkhag") || isWord(label, "catchment") ||
                         // (A death report's or verbal autopsy's "Place:", where the person died or
                         // lived: "Place: Goroka"; an ordinary word there is a room, refused below.)
                         isWord(label, "place") ||
                         // (Botswana's ward, the part of a town or village where a person lives,
                         // "Ward: Serowe"; a hospital's ward is a number or an English word,
                         // "Ward: 4B", "Ward: Maternity", refused below as after "Place:".)
                         isWord(label, "ward") || ruralPlaceLabel(label) || placeLikeLabel(in, i);
  // The Slovak and Czech residence, "Bydlisko: Prešov", a town alone on a one-line form whose next
  // field follows after a single space ("Bydlisko: Prešov Vlastné auto, EČV ...").
  const bool residenceLabel = isWord(label, "bydlisko") || isWord(label, "bydli\u0161t\u011b");
  // ("Location: Chigger Ridge, camp at 17th and Coaltown": where a street patient is found.)
  const bool locationLabel = isWord(label, "location");
  const bool addressLabel = isWord(label, "address") || isWord(label, "addr") || locationLabel;
  if (isWord(label, "from") || isWord(label, "to")) return clinicTownAt(in, i, out);
  if (!cityLabel && !addressLabel && !residenceLabel) return i;
  std::size_t town = townAt(in, i);
  if (town == std::string_view::npos || stateAfterTown(in, town) != std::string_view::npos) return i;
  // A Portuguese or Spanish town joined by its particle after a city label: "Município: Juazeiro do
  // Norte", "Cidade: Campina Grande", "Town: Santa Cruz de Tenerife".
  if (cityLabel && town + 2 < tokens.size() && gapBetween(in, town, town + 1) == " " &&
      gapBetween(in, town + 1, town + 2) == " " && tokens[town + 2].properShape() && !tokens[town + 2].hasDigit) {
    const std::string_view p = tokens[town + 1].lower;
    if (p == "do" || p == "da" || p == "dos" || p == "das" || p == "de" || p == "del") town += 2;
  }
  // After "Location:" an ordinary word is a room or a scene ("Location: Kitchen,"); a town of two
  // words or a name's.
  if (locationLabel && plainWordTown(in, i, town)) return i;
  // After "Place:" (or "Ward:") a room, a ward or a person's name is written as often as a town: one word that
  // is an English word or a listed name, or a word of where one dies in other languages
  // ("Domicile", "Casa"), is refused; a town of two words stays ("Place: Port Moresby").
  if ((isWord(label, "place") || isWord(label, "ward") || placeLikeLabel(in, i)) && town == i) {
    static constexpr std::array<std::string_view, 8> kPlaceWords = {"domicile", "domicilio", "casa",   "maison",
                                                                    "hospice",  "facility",  "unknown", "enroute"};
    // (And a hospital's departments as wards are named, in British and short forms: "Ward:
    // Paediatrics", "Ward: Gynae".)
    static constexpr std::array<std::string_view, 24> kDepartments = {
        "paediatrics", "paediatric", "paeds",    "peds",     "gynae",     "gynaecology", "gyn",     "obs",
        "orthopaedics", "ortho",     "haematology", "oncology", "labour",  "postnatal",   "antenatal", "neonatal",
        "nicu",        "icu",        "hdu",      "ccu",      "isolation", "medical",     "surgical", "geriatrics"};
    const Token& t = tokens[i];
    if ((t.classes & (WordClass::kEnglish | WordClass::kGiven | WordClass::kFamily | WordClass::kAmbiguous)) ||
        std::find(kPlaceWords.begin(), kPlaceWords.end(), t.lower) != kPlaceWords.end() ||
        std::find(kDepartments.begin(), kDepartments.end(), t.lower) != kDepartments.end()) {
      return i;
    }
  }
  // The town's last word may be the next field's label when a form writes its fields with single
  // spaces: "Origine : Bouaké Séances : lundi" (French typography, a space before the colon).
  if (town > i) {
    std::size_t after = tokens[town].end;
    if (after < in.text.size() && in.text[after] == ' ') ++after;
    if (after < in.text.size() && in.text[after] == ':') --town;
  }
  // After the origin's label a hospital is a transfer, not where the patient comes from.
  if (isWord(label, "origine") && (isWord(tokens[i], "h\u00f4pital") || isWord(tokens[i], "hopital") ||
                                   isWord(tokens[i], "chu") || isWord(tokens[i], "clinique") ||
                                   isWord(tokens[i], "centre") || isWord(tokens[i], "service"))) {
    return i;
  }
  bool ends = clauseEnds(in, town);
  // (A one-line Slovak form: "Bydlisko: Prešov Vlastné auto", the next field after the town.)
  if (residenceLabel && !ends && town > i && gapBetween(in, i, i + 1) == " " && tokens[i + 1].properShape()) {
    town = i;
    ends = true;
  }
  if (!ends && town + 1 < tokens.size()) {
    // The next label: "Bristol Mob: +91", "Bristol  Phone:".
    const std::size_t next = tokens[town + 1].end;
    // (French typography: "Bouaké Séances : lundi".)
    const std::size_t colon = next + 1 < in.text.size() && in.text[next] == ' ' ? next + 1 : next;
    ends = isInlineSpace(gapBetween(in, town, town + 1), 3) && tokens[town + 1].properShape() &&
           colon < in.text.size() && (in.text[colon] == ':' || in.text[colon] == '=');
    ends = ends || (residenceLabel && gapBetween(in, town, town + 1) == " " && tokens[town + 1].properShape());
  }
  if (residenceLabel && !ends) return i;
  if (!ends && !cityLabel) return i;
  if (!ends && !(town + 1 >= tokens.size() || gapBetween(in, town, town + 1).size() >= 2)) return i;
  out.push_back({tokens[i].start, tokens[town].end, PhiCategory::Address, priority::kAddress});
  return town;
}

// A word for a relative or a friend: "possible niece in Marlow, TX", "son-in-law in".
bool kinWord(const Token& w) {
  static constexpr std::array<std::string_view, 28> kKin = {
      "wife",    "husband", "son",    "daughter", "niece",   "nephew",    "grandson", "granddaughter", "friend",
      "cousin",  "sister",  "brother", "mother",  "father",  "law",       "goddaughter", "godson",     "aunt",
      "uncle",   "partner", "mum",    "mom",      "dad",     "stepson",   "stepdaughter", "grandchild",
      "neighbor", "neighbour"};
  for (std::string_view k : kKin) {
    if (w.lower == k) return true;
  }
  return false;
}

// "sister Ann in", "son Bo-Ram in": a relative's word and a given name (one word, perhaps
// hyphenated) right before token i ("in").
bool relativeNamedBefore(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i < 2 || gapBetween(in, i - 1, i) != " ") return false;
  std::size_t j = i - 1;
  // The last piece of a hyphenated name may be a word ("maarten-jan").
  if (!tokens[j].hasLetter || tokens[j].hasDigit || (isNeverNameWord(tokens[j]) && gapBetween(in, j - 1, j) != "-")) {
    return false;
  }
  while (j > 0 && (gapBetween(in, j - 1, j) == "-" || gapBetween(in, j - 1, j) == "'") && tokens[j - 1].hasLetter) --j;
  if (j == 0 || gapBetween(in, j - 1, j) != " ") return false;
  const Token& kin = tokens[j - 1];
  return isWord(kin, "sister") || isWord(kin, "brother") || isWord(kin, "daughter") || isWord(kin, "son") ||
         isWord(kin, "niece") || isWord(kin, "nephew") || isWord(kin, "cousin") || isWord(kin, "aunt") ||
         isWord(kin, "uncle") || isWord(kin, "grandson") || isWord(kin, "granddaughter");
}

// A town written in lower case, as a note typed all in lower case gives it ("in kingsport
// might", "in new canaan."): one or two words that are no ordinary words, on a line without
// capitals. Returns its last token, or npos.
std::size_t lowerCaseTownAt(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i >= tokens.size()) return std::string_view::npos;
  std::size_t lineStart = tokens[i].start;
  while (lineStart > 0 && text[lineStart - 1] != '\n') --lineStart;
  for (std::size_t k = lineStart; k < tokens[i].start; ++k) {
    if (isUpper(text[k])) return std::string_view::npos;
  }
  auto townPiece = [&](const Token& w, bool first) {
    if (!w.hasLetter || w.hasDigit || w.length() < 3) return false;
    for (std::size_t k = w.start; k < w.end; ++k) {
      if (isUpper(text[k])) return false;
    }
    // ("las cruces", "san angelo", "eau claire": Spanish and French openers.)
    static constexpr std::array<std::string_view, 13> kPrefixes = {"new", "port", "oak",   "cedar", "east",
                                                                   "west", "las", "los",  "san",   "santa",
                                                                   "eau", "lower", "upper"};
    if (first) {
      for (std::string_view p : kPrefixes) {
        if (w.lower == p) return true;
      }
    }
    return !isNeverNameWord(w);
  };
  // An ordinary word before a word that ends place names: "bowling green", "pickett mill".
  static constexpr std::array<std::string_view, 12> kNoPlace = {"the", "a", "an", "my", "his", "her", "their",
                                                                "our", "your", "this", "that", "work"};
  if (i + 1 < tokens.size() && gapBetween(in, i, i + 1) == " " && tokens[i].hasLetter && !tokens[i].hasDigit &&
      tokens[i].length() >= 3 && isLower(text[tokens[i].start]) &&
      std::find(kNoPlace.begin(), kNoPlace.end(), tokens[i].lower) == kNoPlace.end() &&
      isLower(text[tokens[i + 1].start]) &&
      (tokens[i + 1].lower == "rapids" || tokens[i + 1].lower == "green" || tokens[i + 1].lower == "mill" ||
       tokens[i + 1].lower == "junction" || tokens[i + 1].lower == "falls" || tokens[i + 1].lower == "springs")) {
    return i + 1;
  }
  if (!townPiece(tokens[i], true)) return std::string_view::npos;
  std::size_t last = i;
  // ("teec mesa", "skunk hollow", "buffalo wallow": the rural West's and Appalachia's.)
  static constexpr std::array<std::string_view, 35> kPlaceEnds = {
      "bay",    "falls", "ridge", "springs", "city",  "park",   "heights", "hills",  "harbor", "harbour",
      "beach",  "creek", "valley", "lake",   "point", "grove",  "haven",   "ferry",  "bridge", "canaan",
      "rapids", "green", "island", "junction", "mill", "mesa",  "hollow",  "wallow", "flats",  "butte",
      "landing", "gap",  "bend",  "cove",    "forks"};
  bool placeEnd = false;
  if (i + 1 < tokens.size()) {
    for (std::string_view e : kPlaceEnds) placeEnd = placeEnd || tokens[i + 1].lower == e;
  }
  if (placeEnd && gapBetween(in, i, i + 1) == " " && !isNeverNameWord(tokens[i])) {
    // Two words only with a word that ends place names ("hollis bay", not "kingsport might").
    last = i + 1;
  } else if (i + 1 < tokens.size() && gapBetween(in, i, i + 1) == " " && isNeverNameWord(tokens[i]) &&
             townPiece(tokens[i + 1], false)) {
    last = i + 1;  // "new canaan", "oak ridge"
  } else if (i + 1 < tokens.size() && gapBetween(in, i, i + 1) == " " &&
             (isWord(tokens[i], "point") || isWord(tokens[i], "fort") || isWord(tokens[i], "mount") ||
              isWord(tokens[i], "port")) &&
             tokens[i + 1].length() >= 3 && !tokens[i + 1].hasDigit && isLower(text[tokens[i + 1].start])) {
    last = i + 1;  // "point hope", "fort smith": after these the second word may be an ordinary one
  } else if (i + 1 < tokens.size() && gapBetween(in, i, i + 1) == " " &&
             (isWord(tokens[i], "las") || isWord(tokens[i], "los") || isWord(tokens[i], "san") ||
              isWord(tokens[i], "santa") || isWord(tokens[i], "eau")) &&
             tokens[i + 1].length() >= 3 && !tokens[i + 1].hasDigit && isLower(text[tokens[i + 1].start])) {
    last = i + 1;  // "las cruces", "eau claire": an opener never stands alone
  } else if (isNeverNameWord(tokens[i])) {
    return std::string_view::npos;
  }
  return last;
}

// A verb of travelling at token k, or one object pronoun after it ("drove me", "brought him").
bool travelVerbBefore(const ScanInput& in, std::size_t k) {
  const auto& tokens = in.tokens;
  auto verb = [](const Token& w) {
    return isWord(w, "drove") || isWord(w, "came") || isWord(w, "driven") || isWord(w, "come") ||
           isWord(w, "flew") || isWord(w, "drives") || isWord(w, "comes") || isWord(w, "brought") ||
           isWord(w, "travelled") || isWord(w, "traveled") || isWord(w, "drive") || isWord(w, "bring") ||
           isWord(w, "driving") || isWord(w, "coming") || isWord(w, "flying");
  };
  if (verb(tokens[k])) return true;
  const Token& w = tokens[k];
  return k > 0 && (isWord(w, "me") || isWord(w, "us") || isWord(w, "him") || isWord(w, "her") || isWord(w, "them")) &&
         verb(tokens[k - 1]);
}

// After a town of origin the sentence may go on with an adverb in lower case ("drove me in from
// Riverton again", "Vive en Lakewood con su nieta"), or in capitals with an ordinary word.
bool sentenceGoesOn(const ScanInput& in, std::size_t town) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const std::size_t end = tokens[town].end;
  if (town + 1 >= tokens.size() || end + 1 >= text.size() || text[end] != ' ' || tokens[town + 1].start != end + 1) {
    return false;
  }
  const Token& next = tokens[town + 1];
  static constexpr std::array<std::string_view, 4> kModals = {"might", "could", "would", "should"};
  return isLower(text[next.start]) ||
         (next.allCaps && tokens[town].allCaps &&
          (isNeverNameWord(next) || next.length() <= 3 ||
           std::find(kModals.begin(), kModals.end(), next.lower) != kModals.end()));
}

// A verb of going somewhere, before "to" or "from": "went to", "driving from", "moved to".
bool travelWord(const Token& w) {
  // ("by phone from Mercer Flats, MS": a relative joining a meeting by telephone from home.)
  static constexpr std::array<std::string_view, 23> kTravel = {
      "went",  "going",   "goes",      "gone",     "moved",    "moving",    "drove",   "driving",
      "drives", "came",   "coming",    "comes",    "flew",     "flying",    "travelled", "traveled",
      "traveling", "travelling", "relocated", "headed", "heading", "returned", "phone"};
  return std::find(kTravel.begin(), kTravel.end(), w.lower) != kTravel.end();
}

// A month or a day of the week ("from Monday, ...", "from June, ..."): no town.
bool monthOrWeekday(const Token& w) {
  static constexpr std::array<std::string_view, 19> kWords = {
      "january", "february", "march",  "april",   "may",      "june",   "july",     "august",  "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  return std::find(kWords.begin(), kWords.end(), w.lower) != kWords.end();
}

// A word of where a person lives or is placed, one to three words before "near" (token i): "a
// facility near", "placement near", "an apartment somewhere near".
bool residenceBefore(const ScanInput& in, std::size_t i) {
  static constexpr std::array<std::string_view, 14> kResidence = {
      "facility", "facilities", "home", "placement", "house", "apartment", "somewhere", "lives",
      "living",   "stay",       "stays", "move",     "moved", "shelter"};
  for (std::size_t k = i; k > 0 && k + 3 > i; --k) {
    if (std::find(kResidence.begin(), kResidence.end(), in.tokens[k - 1].lower) != kResidence.end()) return true;
  }
  return false;
}

// A road or a crash one to three words before "near" (token i): "MVC on Route 9 near Big Timber.",
// "rollover on Highway 12 near", "crash near": where an accident happened, named by its town.
bool roadOrCrashBefore(const ScanInput& in, std::size_t i) {
  static constexpr std::array<std::string_view, 8> kCrash = {"mvc",    "mva",      "crash", "accident",
                                                             "rollover", "collision", "wreck", "mvcs"};
  static constexpr std::array<std::string_view, 6> kRoads = {"route", "highway", "hwy", "rte", "interstate", "sr"};
  const auto& tokens = in.tokens;
  if (i >= 2 && tokens[i - 1].allDigits && tokens[i - 1].length() <= 3 &&
      std::find(kRoads.begin(), kRoads.end(), tokens[i - 2].lower) != kRoads.end()) {
    return true;
  }
  for (std::size_t k = i; k > 0 && k + 3 > i; --k) {
    if (std::find(kCrash.begin(), kCrash.end(), tokens[k - 1].lower) != kCrash.end()) return true;
  }
  // "hit by a truck on 18/07/2025 near Chhindwara": a person struck by a vehicle, the day between
  // (seed 3535, a trauma conference's case line).
  std::size_t k = i;
  if (k >= 4 && tokens[k - 1].allDigits && tokens[k - 2].allDigits && tokens[k - 3].allDigits &&
      gapBetween(in, k - 3, k - 2) == "/" && gapBetween(in, k - 2, k - 1) == "/" && isWord(tokens[k - 4], "on")) {
    k -= 4;
  }
  static constexpr std::array<std::string_view, 7> kVehicles = {"truck", "lorry", "bus", "car", "tractor", "motorcycle",
                                                                "train"};
  return k >= 4 && std::find(kVehicles.begin(), kVehicles.end(), tokens[k - 1].lower) != kVehicles.end() &&
         isWord(tokens[k - 2], "a") && isWord(tokens[k - 3], "by") &&
         (isWord(tokens[k - 4], "hit") || isWord(tokens[k - 4], "struck") || isWord(tokens[k - 4], "knocked"));
}

// Where a person stays with relatives: "is at her cousins in gambell til 1/5", "staying at his
// daughter's in Hooper Bay until Friday", "at their son's in Bethel, AK.". Token i is "in"; the
// town (in lower case on a lower-case line too) and its state, the clause ending or going on with
// "til", "until" or "for". Returns the last token, or i.
std::size_t kinHomeTownAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i < 3 || i + 1 >= tokens.size() || gapBetween(in, i, i + 1) != " ") return i;
  // "cousins", "daughter's": the relative's word, plural or possessive.
  std::size_t kin = i - 1;
  if (isWord(tokens[kin], "s") && (gapBetween(in, kin - 1, kin) == "'" || gapBetween(in, kin - 1, kin) == "\u2019")) {
    --kin;
  }
  if (kin < 2) return i;
  std::string_view word = tokens[kin].lower;
  if (word.size() > 3 && word.back() == 's' && !isWord(tokens[kin], "relatives")) word.remove_suffix(1);
  static constexpr std::array<std::string_view, 18> kKin = {
      "cousin", "sister", "brother", "daughter", "son", "aunt", "uncle", "niece", "nephew", "grandparent",
      "parent", "grandmother", "grandfather", "mother", "father", "relatives", "relative", "grandma"};
  if (std::find(kKin.begin(), kKin.end(), word) == kKin.end()) return i;
  const Token& owner = tokens[kin - 1];
  if (!(isWord(owner, "his") || isWord(owner, "her") || isWord(owner, "their") || isWord(owner, "my"))) return i;
  if (!isWord(tokens[kin - 2], "at")) return i;
  std::size_t town = townAt(in, i + 1);
  if (town == std::string_view::npos) town = lowerCaseTownAt(in, i + 1);
  if (town == std::string_view::npos) return i;
  std::size_t last = town;
  // (The state may be the note's last word: "firearm stored at my brother's in Hialeah, FL".)
  if (town + 1 < tokens.size() && gapBetween(in, town, town + 1) == ", ") {
    const Token& st = tokens[town + 1];
    // The state's code in capitals, or in lower case on a lower-case line when it is no word.
    const bool lowerCode = st.length() == 2 && isLower(text[st.start]) && isStateCode(st) && !isWord(st, "in") &&
                           !isWord(st, "or") && !isWord(st, "me") && !isWord(st, "ok") && !isWord(st, "hi") &&
                           !isWord(st, "oh") && !isWord(st, "la") && !isWord(st, "de") && !isWord(st, "id") &&
                           !isWord(st, "pa") && !isWord(st, "md") && !isWord(st, "ma") && !isWord(st, "ms") &&
                           !isWord(st, "al") && !isWord(st, "co") && !isWord(st, "do");
    if (const std::size_t state = stateAt(in, town + 1); state != std::string_view::npos) {
      last = state;
    } else if (lowerCode) {
      last = town + 1;
    }
  }
  bool ends = clauseEnds(in, last);
  if (!ends && last + 1 < tokens.size() && gapBetween(in, last, last + 1) == " ") {
    const Token& next = tokens[last + 1];
    ends = isWord(next, "til") || isWord(next, "till") || isWord(next, "until") || isWord(next, "for");
  }
  if (!ends) return i;
  out.push_back({tokens[i + 1].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
  return last;
}

// A town after a phrase that says where a person lives: "lives in Westfield", "at home in Port
// Ellis, AZ", "resides in Oak Ridge, NY", "I, Ann Lee, of Ashford, NC, designate". The town
// alone counts after "lives/living/resides/residing in" and "home in"; after a bare "of" only
// with its state.
// Returns the last token of a town phrase starting at the two-letter word i, or i.
std::size_t townPhraseAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  if (i == 0 || i + 1 >= tokens.size()) return i;
  const Token& t = tokens[i];
  bool strong = false;
  bool origin = false;
  bool lowerTown = false;
  bool commaAfter = false;
  auto livesWord = [](const Token& w) {
    return isWord(w, "lives") || isWord(w, "living") || isWord(w, "resides") || isWord(w, "residing") ||
           isWord(w, "live");
  };
  // "lives alone in Fairhaven", "resides independently in Marlow": one adverb between.
  auto adverb = [](const Token& w) {
    return isWord(w, "alone") || isWord(w, "independently") || isWord(w, "currently") || isWord(w, "now") ||
           isWord(w, "still");
  };
  if (isWord(t, "in")) {
    if (const std::size_t last = kinHomeTownAt(in, i, out); last != i) return last;
    if (const std::size_t town = stayPlaceTownAt(in, i); town != std::string_view::npos) {
      out.push_back({tokens[i + 1].start, tokens[town].end, PhiCategory::Address, priority::kAddress});
      return town;
    }
  }
  // "lives in Marlow and works nights": the clause may go on with "and" after a residence.
  bool andGoesOn = false;
  // "Family in Hollis Bay were updated": relatives where they live, the sentence's subject.
  bool verbGoesOn = false;
  if (isWord(t, "in") && (livesWord(tokens[i - 1]) || isWord(tokens[i - 1], "home"))) {
    if (!isInlineSpace(gapBetween(in, i - 1, i), 1)) return i;
    strong = true;
    andGoesOn = livesWord(tokens[i - 1]);
    // "wants to die at home in buffalo wallow.": a note typed in lower case names the town so.
    lowerTown = true;
  } else if (isWord(t, "in") && i >= 2 && adverb(tokens[i - 1]) && livesWord(tokens[i - 2])) {
    if (!isInlineSpace(gapBetween(in, i - 1, i), 1) || !isInlineSpace(gapBetween(in, i - 2, i - 1), 1)) return i;
    strong = true;
    andGoesOn = true;
  } else if (isWord(t, "in") && relativesInTownGoOn(in, i)) {
    strong = true;
    verbGoesOn = true;
  } else if (isWord(t, "in") && (livesWithBefore(in, i) || landmarkBefore(in, i))) {
    strong = true;
  } else if (isWord(t, "in") && i >= 2 && isInlineSpace(gapBetween(in, i - 1, i), 1) &&
             ((isWord(tokens[i - 1], "up") && isWord(tokens[i - 2], "grew")) || isWord(tokens[i - 1], "raised") ||
              isWord(tokens[i - 1], "born"))) {
    // Where a person comes from, told in a life history: "I grew up in Millbrook and worked as",
    // "raised in Port Ellis", "born in Dunmore"; the clause may go on with "and".
    strong = true;
    origin = true;
  } else if (isWord(t, "from") && isInlineSpace(gapBetween(in, i - 1, i), 1) &&
             (isWord(tokens[i - 1], "transported") || isWord(tokens[i - 1], "driving") ||
              isWord(tokens[i - 1], "drove") || isWord(tokens[i - 1], "flew") || isWord(tokens[i - 1], "flying"))) {
    // "TRANSPORTED FROM HOLLIS BAY", "driving from Riverton": where a person is travelling from
    // today, the town alone when the clause ends (a past home, "Moved from Fairview, OH in
    // 2019", is left as before).
    strong = true;
  } else if (isWord(t, "from") && gapBetween(in, i - 1, i).ends_with(", ") && !monthOrWeekday(tokens[i + 1])) {
    // Where a person comes from, set off by commas after the person: "Limej Anjain (28M), from
    // Jaluit, lives in Pembroke", "Ana Cruz, from Tlaxiaco, H-2A worker"; the town closes the
    // clause.
    strong = true;
    commaAfter = true;
  } else if ((isWord(t, "to") && (isWord(tokens[i - 1], "closer") || isWord(tokens[i - 1], "nearer"))) ||
             (isWord(t, "near") && (residenceBefore(in, i) || roadOrCrashBefore(in, i)))) {
    // Where a family wants a person to live: "wants her closer to Hialeah.", "prefers a
    // facility near Beaverton.": the town alone when the clause ends.
    if (!isInlineSpace(gapBetween(in, i - 1, i), 1)) return i;
    strong = true;
  } else if ((isWord(t, "of") && isWord(tokens[i - 1], "resident")) ||
             (isWord(t, "to") && (isWord(tokens[i - 1], "drives") || isWord(tokens[i - 1], "drove") ||
                                  isWord(tokens[i - 1], "moved") || isWord(tokens[i - 1], "relocated")))) {
    // "resident of Millbrook, was under my treatment" (a certificate), "still drives to
    // Kingsport.", "moved to Riverton last year": the town alone when the clause ends; in a chat
    // typed in lower case the town is too ("says they moved to tallis creek").
    if (!isInlineSpace(gapBetween(in, i - 1, i), 1)) return i;
    strong = true;
    lowerTown = isWord(t, "to");
  } else if (isWord(t, "in") && relativeNamedBefore(in, i)) {
    // Where a named relative lives: "says sister Ann in Kingsport might take him", "her son
    // Bo-Ram in Riverton".
    strong = true;
    origin = true;
    lowerTown = true;
  } else if (isWord(t, "from") && i >= 2 && isWord(tokens[i - 1], "in") &&
             travelVerbBefore(in, i - 2)) {
    // "drove me in from Hollis Bay", "came in from Riverton": where a person travels from.
    strong = true;
    origin = true;
  } else if (isWord(t, "of") && i >= 2 && gapBetween(in, i - 1, i) == ", " && tokens[i - 1].allDigits &&
             tokens[i - 1].length() <= 3 && gapBetween(in, i - 2, i - 1) == ", " && tokens[i - 2].properShape()) {
    // A newspaper's apposition after a name and an age: "Ines Marlowe, 96, of Port Aldous,
    // passed away"; the town alone when the clause ends.
    strong = true;
  } else if (isWord(t, "from") && i >= 2 &&
             (isWord(tokens[i - 1], "up") || isWord(tokens[i - 1], "down") || isWord(tokens[i - 1], "over")) &&
             gapBetween(in, i - 1, i) == " " && gapBetween(in, i - 2, i - 1) == " " && travelVerbBefore(in, i - 2)) {
    // "drove up from Marlow.", "is driving up from roanoke" (a text typed in lower case), "came
    // down from Hollis Bay": where a relative travels from.
    strong = true;
    lowerTown = true;
  } else if (isWord(t, "from") && i >= 2 && isWord(tokens[i - 1], "in") &&
             (isWord(tokens[i - 2], "drove") || isWord(tokens[i - 2], "came") || isWord(tokens[i - 2], "driven") ||
              isWord(tokens[i - 2], "come") || isWord(tokens[i - 2], "flew") || isWord(tokens[i - 2], "drives") ||
              isWord(tokens[i - 2], "comes") || isWord(tokens[i - 2], "travelled") ||
              isWord(tokens[i - 2], "traveled"))) {
    // "drove me in from Hollis Bay", "came in from Riverton": where a person travels from.
    strong = true;
    origin = true;
  } else if ((isWord(t, "in") && i >= 1 &&
              (isWord(tokens[i - 1], "wohnhaft") || isWord(tokens[i - 1], "wohnt") ||
               (isWord(tokens[i - 1], "up") && i >= 2 && isWord(tokens[i - 2], "growing")))) ||
             (isWord(t, "en") && i >= 1 &&
              (isWord(tokens[i - 1], "vive") || isWord(tokens[i - 1], "vivo") || isWord(tokens[i - 1], "reside") ||
               isWord(tokens[i - 1], "residente") || isWord(tokens[i - 1], "domiciliado") ||
               isWord(tokens[i - 1], "domiciliada")))) {
    // German and Spanish notes: "wohnhaft in Eastbrook", "Vive en Lakewood con su nieta";
    // "stories about growing up in Greenville". Not the home itself ("VIVE EN CASA" in capitals).
    if (!isInlineSpace(gapBetween(in, i - 1, i), 1)) return i;
    if (i + 1 < tokens.size() && (isWord(tokens[i + 1], "casa") || isWord(tokens[i + 1], "hogar") ||
                                  isWord(tokens[i + 1], "domicilio") || isWord(tokens[i + 1], "zuhause") ||
                                  isWord(tokens[i + 1], "hause"))) {
      return i;
    }
    strong = true;
    origin = true;
  } else if (!((isWord(t, "of") && (gapBetween(in, i - 1, i) == ", " ||
                                     (gapBetween(in, i - 1, i) == " " && tokens[i - 1].properShape() &&
                                      !isNeverNameWord(tokens[i - 1])))) ||
               (isWord(t, "in") && gapBetween(in, i - 1, i) == " " && kinWord(tokens[i - 1])))) {
    // With its state, a town after a bare "of" closing a name ("Ann Lee of Fairview, GA,") or
    // after "in" following a relative ("possible niece in Marlow, TX").
    return i;
  }
  if (!isInlineSpace(gapBetween(in, i, i + 1), 1)) return i;
  std::size_t town = townAt(in, i + 1);
  if (town == std::string_view::npos && lowerTown) {
    town = lowerCaseTownAt(in, i + 1);
    // "at home in peace.": an ordinary word after "home in" is no town.
    if (town != std::string_view::npos && isWord(t, "in") && isWord(tokens[i - 1], "home") &&
        plainWordTown(in, i + 1, town)) {
      return i;
    }
  }
  if (town == std::string_view::npos) return i;
  if (commaAfter && !(town + 1 < tokens.size() && gapBetween(in, town, town + 1) == ", ")) return i;
  std::size_t last = town;
  std::size_t state = stateAfterTown(in, town);
  // A code that is also a word of the sentence going on in lower case is no state: "wohnhaft in
  // ASHFORD, IN stationärer Behandlung".
  if (state != std::string_view::npos && tokens[state].length() == 2 && tokens[state].end + 1 < in.text.size() &&
      in.text[tokens[state].end] == ' ' && isLower(in.text[tokens[state].end + 1]) &&
      (tokens[state].lower == "in" || tokens[state].lower == "or" || tokens[state].lower == "me")) {
    state = std::string_view::npos;
  }
  if (state != std::string_view::npos) {
    const Token& st = tokens[state];
    const bool credentialCode = st.length() == 2 && (st.lower == "md" || st.lower == "pa");
    // After a relative, a date may follow the place: "possible niece in Marlow, PA 3/12".
    // After a relative the place may close the line or be followed by a date: "possible niece
    // in Marlow, PA 3/12", "... in Marlow, PA\n".
    const bool kinDate = isWord(t, "in") && st.allCaps && kinWord(tokens[i - 1]) &&
                         (st.end >= in.text.size() || in.text[st.end] == '\n' || in.text[st.end] == '\r' ||
                          (st.end + 1 < in.text.size() && in.text[st.end] == ' ' && isDigit(in.text[st.end + 1])));
    if (credentialCode && !clauseEnds(in, state) && !kinDate) return i;
    // With only a bare "in", "of" or "from" before it, the state must be a code in capitals or a
    // state name, and codes that are also words ("OR", "IN", "ME", "OK", "HI", "DO") end the
    // clause: "in Marlow, TX", "of Port Ellis, CO,", not "in Recovery, OR 3".
    if (!strong && !(isWord(t, "of") && gapBetween(in, i - 1, i) == ", ")) {
      // The comma is required ("from Hannelore Washington-Hale" is a person), and nothing may
      // cling to the state.
      if (gapBetween(in, town, town + 1) != ", ") return i;
      if (st.end < in.text.size() && (in.text[st.end] == '-' || in.text[st.end] == '\'')) return i;
      if (st.length() == 2 && !st.allCaps) return i;
      const bool wordCode = st.length() == 2 && (st.lower == "or" || st.lower == "in" || st.lower == "me" ||
                                                 st.lower == "ok" || st.lower == "hi" || st.lower == "do" ||
                                                 st.lower == "md" || st.lower == "pa" || st.lower == "de" ||
                                                 st.lower == "la" || st.lower == "id");
      if ((wordCode || credentialCode) && !clauseEnds(in, state) && !kinDate) return i;
      // "Ann Lee of Springfield, PA, who wishes": a credential code after "of" only with the
      // clause going on after a comma.
      const bool ofClause = isWord(t, "of") && st.end < in.text.size() && in.text[st.end] == ',';
      if ((credentialCode && !ofClause && !kinDate) || st.lower == "do") return i;
    }
    last = state;
  } else if (!strong ||
             !(clauseEnds(in, town) || (origin && (andFollows(in, town) || sentenceGoesOn(in, town))) ||
               (andGoesOn && andFollows(in, town)) || verbGoesOn) ||
             stateAt(in, i + 1) != std::string_view::npos) {
    return i;
  }
  out.push_back({tokens[i + 1].start, tokens[last].end, PhiCategory::Address, priority::kAddress});
  return last;
}

// "(Town, ST)" with the town starting at token i, right after "(": the state a code in capitals
// or a state name, then ")". Codes that are also credentials ("(Lee, MD)", "(Ruiz, PA)") or words
// count only after a word of place. Returns the last token of the state, or i.
std::size_t parenTownAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const std::size_t town = townAt(in, i);
  if (town == std::string_view::npos || town + 1 >= tokens.size() || gapBetween(in, town, town + 1) != ", ") return i;
  const std::size_t state = stateAt(in, town + 1);
  if (state == std::string_view::npos || tokens[state].end >= text.size() || text[tokens[state].end] != ')') return i;
  const Token& st = tokens[state];
  // A code that is also a word or an abbreviation of a note ("OK", "HI", "IN", "OH", "OR", "CO")
  // counts only after a word of place before the parenthesis: "(Diet, OK)", "(Glucose, HI)" are
  // checklists; "from home (Kingsport, OK)" is a town.
  static constexpr std::array<std::string_view, 27> kWordCodes = {
      "ok", "hi", "in", "oh", "or", "id", "al", "co", "la", "ms", "mo", "ma", "nc", "sc",
      "ga", "nd", "nm", "va", "mi", "ne", "ia", "pr", "ri", "md", "pa", "de", "me"};
  bool wordCode = false;
  for (std::string_view c : kWordCodes) wordCode = wordCode || (st.length() == 2 && st.lower == c);
  if (wordCode) {
    if (i == 0 || gapBetween(in, i - 1, i) != " (") return i;
    const Token& cue = tokens[i - 1];
    // ("Together with the town (Tupelo, MS)": a word naming a town before it, seed 3535.)
    if (!(isWord(cue, "home") || isWord(cue, "from") || isWord(cue, "in") || isWord(cue, "at") || isWord(cue, "of") ||
          isWord(cue, "near") || isWord(cue, "town") || isWord(cue, "hometown") || isWord(cue, "village"))) {
      return i;
    }
  }
  out.push_back({tokens[i].start, st.end, PhiCategory::Address, priority::kAddress});
  return state;
}

// The city line of a printed form under its street, after a dotted leader with no label
// ("...................: HOLLIS BAY, NORTH CAROLINA 13533"), or after a "City" label. Token i
// follows a gap of two bytes or more. Returns the last token of the state, or i.
std::size_t leaderCityAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const std::size_t from = i == 0 ? 0 : tokens[i - 1].end;
  std::string_view before = text.substr(from, tokens[i].start - from);
  const std::size_t newline = before.find_last_of('\n');
  bool leader = false;
  if (newline != std::string_view::npos || i == 0) {
    if (newline != std::string_view::npos) before.remove_prefix(newline + 1);
    leader = before.size() >= 5 && before.size() <= 80 && gapOnly(before, " .:", 80) &&
             before.find("...") != std::string_view::npos && before.find(':') != std::string_view::npos;
  }
  if (!leader && i > 0 && tokens[i - 1].length() == 4 &&
      (isWord(tokens[i - 1], "city") || isWord(tokens[i - 1], "town")) && gapOnly(before, " .:", 40) &&
      before.find(':') != std::string_view::npos) {
    leader = true;
  }
  if (!leader) return i;
  const std::size_t town = townAt(in, i);
  if (town == std::string_view::npos) return i;
  const std::size_t state = stateAfterTown(in, town);
  if (state == std::string_view::npos) return i;
  out.push_back({tokens[i].start, tokens[state].end, PhiCategory::Address, priority::kAddress});
  return state;
}

// "City, ST" closing a line or a field after a name and a comma, as a letterhead or an
// organisation's line gives its place: "Sallowmere Travel Health, Oak Ridge, OH", "Location:
// home, Dunmore, OH Advice: ...". Token i follows ", ". Codes that are also credentials or words
// ("MD", "PA", "OR", "IN") are left alone: "Lee, Ann, MD" is a signature. Returns the last token
// of the state, or i.
std::size_t trailingTownStateAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i == 0 || gapBetween(in, i - 1, i) != ", " || !tokens[i - 1].hasLetter || tokens[i - 1].hasDigit) return i;
  // Cheap look first: a comma after one of the next three words, then a word in capitals or a
  // capitalised word.
  bool comma = false;
  for (std::size_t k = i; k < i + 3 && k + 1 < tokens.size() && !comma; ++k) {
    comma = gapBetween(in, k, k + 1) == ", " && tokens[k + 1].properShape();
  }
  if (!comma) return i;
  const std::size_t town = townAt(in, i);
  if (town == std::string_view::npos) return i;
  if (gapBetween(in, town, town + 1 < tokens.size() ? town + 1 : town) != ", ") return i;
  const std::size_t state = stateAfterTown(in, town);
  if (state == std::string_view::npos) return i;
  const Token& st = tokens[state];
  const std::size_t end = st.end;
  if (st.length() == 2) {
    if (!st.allCaps) return i;
    // Codes that are credentials only after an organisation's name ("Harbour Travel Health,
    // Marlow, PA") or "home" ("Location: home, Bristol, PA"), never after a person's ("Lee, Ann,
    // MD"); codes that are words only where the line ends.
    if (st.lower == "md" || st.lower == "pa" || st.lower == "do") {
      static constexpr std::array<std::string_view, 12> kOrganisation = {
          "health", "clinic", "hospital", "centre", "center", "medical", "practice", "pharmacy", "surgery",
          "infirmary", "home", "services"};
      bool organisation = false;
      for (std::string_view w : kOrganisation) organisation = organisation || isWord(tokens[i - 1], w);
      if (!organisation || st.lower == "do") return i;
    }
    static constexpr std::array<std::string_view, 9> kWordCodes = {"or", "in", "me", "ok", "hi",
                                                                   "de", "la", "id", "ma"};
    // The line ends, or a column gap leads to the next field's label: "Employer: Kettle Creek
    // Farms, Woodburn, OR   Supervisor: K. Lee".
    std::size_t after = end;
    while (after < text.size() && after < end + 12 && text[after] == ' ') ++after;
    bool nextLabel = false;
    if (after - end >= 2 && after < text.size() && isUpper(text[after])) {
      std::size_t k = after;
      while (k < text.size() && k < after + 20 && isAsciiAlpha(text[k])) ++k;
      nextLabel = k < text.size() && text[k] == ':';
    }
    const bool lineEnds = end >= text.size() || text[end] == '\n' || text[end] == '\r' || nextLabel ||
                          (text.substr(end, 2) == "  " && text.find_first_not_of(' ', end) != std::string_view::npos &&
                           text[text.find_first_not_of(' ', end)] == '\n');
    for (std::string_view w : kWordCodes) {
      if (st.lower == w && !lineEnds) return i;
    }
  }
  // The line or the field ends after the state: a line break, a column gap, or the next label.
  bool fieldEnds = end >= text.size() || text[end] == '\n' || text[end] == '\r' || text.substr(end, 2) == "  ";
  if (!fieldEnds && end + 1 < text.size() && text[end] == ' ' && isUpper(text[end + 1])) {
    std::size_t k = end + 1;
    while (k < text.size() && isAsciiAlpha(text[k])) ++k;
    fieldEnds = k < text.size() && text[k] == ':';
  }
  if (!fieldEnds) return i;
  out.push_back({tokens[i].start, st.end, PhiCategory::Address, priority::kAddress});
  return state;
}

// "City, ST" after a label of where the patient is: "Location confirmed: Westfield, NY." (a
// telehealth log), "Patient location: Oak Ridge, TN", "Residence: Marlow, OH". Token i follows
// the label's ": ". Returns the last token of the state, or i.
std::size_t labelledTownAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  // The town and state first: most labels are followed by neither.
  const std::size_t town = townAt(in, i);
  if (town == std::string_view::npos) return i;
  const std::size_t state = stateAfterTown(in, town);
  if (state == std::string_view::npos) return i;
  const std::string_view before = sameLineBefore(in.text, tokens[i].start, 40);
  if (rfindWordCaseless(before, "location") == std::string_view::npos &&
      rfindWordCaseless(before, "located") == std::string_view::npos &&
      rfindWordCaseless(before, "residence") == std::string_view::npos &&
      rfindWordCaseless(before, "hometown") == std::string_view::npos) {
    return i;
  }
  // Codes that are also credentials or hospital words ("MD", "PA", "OR", "IN") count only at a
  // clause end: "Location: Surgery, PA on call", "Location: Pre-op, OR 3" are no towns.
  const Token& st = tokens[state];
  if (st.length() == 2 && (st.lower == "md" || st.lower == "pa" || st.lower == "or" || st.lower == "in") &&
      !clauseEnds(in, state)) {
    return i;
  }
  out.push_back({tokens[i].start, st.end, PhiCategory::Address, priority::kAddress});
  return state;
}

}  // namespace concord::phi::detail

namespace concord::phi::detail {

// "Town, ST" anywhere in running text: "stays with her aunt in Clarkston, GA.", "driving from
// Tuba City, AZ", "Village: Bethel, AK 4/26". The state is a code in capitals. Codes that are
// also credentials or words ("MD", "PA", "OR", "IN", "OH") are left to the rules that know their
// context, as are towns in parentheses; a town that is a listed name ("Lee, AL" may be initials)
// counts only after a preposition of place where the clause ends. Token i starts the town.
// Returns the last token of the state, or i.
std::size_t townCommaStateAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  // Cheap look first: ", " after one of the next three words, then a code in capitals or a
  // capitalised word.
  bool comma = false;
  for (std::size_t k = i; k < i + 3 && k + 1 < tokens.size() && !comma; ++k) {
    comma = gapBetween(in, k, k + 1) == ", " && tokens[k + 1].properShape();
  }
  if (!comma) return i;
  static constexpr std::array<std::string_view, 9> kPlacePrepositions = {"in", "from", "to", "at", "near",
                                                                         "of", "outside", "around", "en"};
  const bool preposition = i > 0 && isInlineSpace(gapBetween(in, i - 1, i), 1) &&
                           std::find(kPlacePrepositions.begin(), kPlacePrepositions.end(), tokens[i - 1].lower) !=
                               kPlacePrepositions.end();
  // The town starts here: not inside a run of capitalised words (a preposition in capitals
  // opens it: "STAYS WITH ILHAN IN ELIZABETH, NJ"), not after a title.
  // An ordinary word in capitals is no part of a town unless a preposition of place opens it:
  // "VETERAN PREFERS WEXFORD MILLS, AK LOCATION" (the town starts after "PREFERS"), but "AT
  // DODGE CITY, KS".
  auto plainCapitals = [&](const Token& w) {
    return w.allCaps && (w.classes & WordClass::kEnglish) &&
           !(w.classes & (WordClass::kGiven | WordClass::kFamily | WordClass::kAmbiguous)) && !landscapeTail(w) &&
           !townPrefix(w);
  };
  if (plainCapitals(tokens[i]) && !preposition && i + 1 < tokens.size() && gapBetween(in, i, i + 1) == " ") return i;
  if (i > 0 && isInlineSpace(gapBetween(in, i - 1, i), 1) && tokens[i - 1].properShape() && !preposition &&
      !plainCapitals(tokens[i - 1])) {
    return i;
  }
  if (i > 0 && isTitleWord(tokens[i - 1])) return i;
  const std::size_t town = townAt(in, i);
  if (town == std::string_view::npos || gapBetween(in, town, town + 1) != ", ") return i;
  if (i > 0 && text[tokens[i].start - 1] == '(') return i;
  const bool saint = (tokens[i].lower == "st" || tokens[i].lower == "ste") && town > i;  // "St. George, UT"
  if ((tokens[i].length() < 3 && !saint) || town + 1 >= tokens.size()) return i;
  const std::size_t state = town + 1;
  const Token& st = tokens[state];
  // (stateAt: a code in capitals, not one in a chain of credentials, "Mistatim, DC, DACBR".)
  if (st.length() != 2 || stateAt(in, state) != state) return i;
  const std::size_t end = st.end;
  // Nothing clings to the state ("OR-1", "IN'S").
  if (end < text.size() && (text[end] == '-' || text[end] == '\'' || text[end] == '/')) return i;
  // A short number and its unit after the code make it a measure's name, not a state before its
  // ZIP: "SINUS RHYTHM 78 BPM, PR 141 MS" (the ECG's PR interval).
  if (state + 2 < tokens.size() && gapBetween(in, state, state + 1) == " " && tokens[state + 1].allDigits &&
      tokens[state + 1].length() <= 3 && gapBetween(in, state + 1, state + 2) == " " && tokens[state + 2].hasLetter &&
      !tokens[state + 2].hasDigit && tokens[state + 2].length() <= 4) {
    return i;
  }
  bool listedTown = false;
  for (std::size_t k = i; k <= town; ++k) {
    // "HYPERCALCAEMIA, CA 2.98"; a word of landscape ending the town is no clinical word
    // ("Pellston Junction, IA").
    if (hasClinicalEnding(tokens[k].lower) && !(k > i && landscapeTail(tokens[k]))) return i;
    listedTown = listedTown || (tokens[k].classes & (WordClass::kGiven | WordClass::kFamily | WordClass::kAmbiguous));
  }
  // Where a clinic saw or treated the patient is no address of the patient: "Seen in Lakeport,
  // MA.", "treated in Eugene, OR".
  static constexpr std::array<std::string_view, 10> kCareVerbs = {
      "seen", "treated", "admitted", "evaluated", "hospitalized", "hospitalised", "followed", "operated",
      "managed", "imaged"};
  if (preposition && tokens[i - 1].lower == "in" && i >= 2 &&
      std::find(kCareVerbs.begin(), kCareVerbs.end(), tokens[i - 2].lower) != kCareVerbs.end()) {
    return i;
  }
  // ("Village: Bethel, AK 4/26/2023": after a label's colon the state may be followed by a date.)
  const bool labelled = i > 0 && gapBetween(in, i - 1, i).ends_with(": ");
  // A person's age before the place: "index case Lee, Ann (85 yrs, Cedar Falls, NC)".
  const bool afterAge = i >= 2 && gapBetween(in, i - 1, i) == ", " && tokens[i - 2].allDigits &&
                        (isWord(tokens[i - 1], "yrs") || isWord(tokens[i - 1], "yo") || isWord(tokens[i - 1], "years"));
  static constexpr std::array<std::string_view, 15> kDoubtfulCodes = {"md", "pa", "do", "ma", "ms", "or", "in", "me",
                                                                      "ok", "hi", "de", "la", "id", "ct", "oh"};
  if (placeNamedByTownState(in, i, town, state)) {
    out.push_back({tokens[i].start, end, PhiCategory::Address, priority::kAddress});
    return state;
  }
  if (isCredentialWord(st) ||
      std::find(kDoubtfulCodes.begin(), kDoubtfulCodes.end(), st.lower) != kDoubtfulCodes.end()) {
    // Codes that are also credentials or words count only where a person is or goes, with the
    // clause ending: "now stays with Kaden in Brockton, MA.", "(visiting son Ali in Hilo, HI)",
    // "says May went to Waianae, HI.", "driving from Chester, PA.", "(85 yrs, Eastbrook, PA)";
    // "to" and "from" only after a verb of travel ("Referred to Lee, PA." is an assistant).
    // After "at" or "in" the sentence may go on in lower case: "says at Woodburn, OR for
    // dialysis".
    if (!(preposition || afterAge)) return i;
    const std::string_view cue = preposition ? std::string_view(tokens[i - 1].lower) : std::string_view();
    const bool credential = isCredentialWord(st) || st.lower == "md" || st.lower == "pa" || st.lower == "do";
    const bool travel = (cue == "to" || cue == "from") && i >= 2 && travelWord(tokens[i - 2]);
    const bool placeCue = afterAge || cue == "in" || cue == "near" || travel ||
                          (!credential && (cue == "at" || cue == "to" || cue == "from"));
    if (!placeCue) return i;
    // ("SAYS AT HILO, HI FOR DIALYSIS": in capitals only with "for" or "til" after.)
    const bool lowerGoesOn =
        !credential && (cue == "at" || cue == "in") && end + 1 < text.size() && text[end] == ' ' &&
        (isLower(text[end + 1]) ||
         (state + 1 < tokens.size() && (isWord(tokens[state + 1], "for") || isWord(tokens[state + 1], "til") ||
                                        isWord(tokens[state + 1], "until"))));
    if (!clauseEnds(in, state) && !lowerGoesOn) return i;
  } else if (listedTown) {
    // A town that is a listed name ("Lee, AL" may be initials) after a preposition of place, a
    // label or an age; after a label the clause must end or a date follow.
    const bool ends = clauseEnds(in, state) || (labelled && end + 1 < text.size() && text[end] == ' ' && isDigit(text[end + 1]));
    if (!(preposition || afterAge || (labelled && ends))) return i;
  }
  out.push_back({tokens[i].start, end, PhiCategory::Address, priority::kAddress});
  return state;
}

// A town's police named after "with", "to" or a verb of telling: "Welfare check requested with
// Dunsany police.", "information given to Sorrel Creek police", "notified Marlow Police". Token
// i is "police"; the town is one to three town words right before it ("state police" and
// "campus police" are ordinary words, no town). Returns i (the finding, if any, lies before it).
std::size_t townPoliceAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  if (i < 2 || gapBetween(in, i - 1, i) != " ") return i;
  static constexpr std::array<std::string_view, 6> kCues = {"with", "to", "notified", "called", "contacted", "by"};
  for (std::size_t first = i - 1; first + 4 >= i && first >= 1; --first) {
    // The "s" of a possessive town: "with Gobbler's Knob police".
    const std::string_view lead = gapBetween(in, first - 1, first);
    if (tokens[first].lower == "s" && (lead == "'" || lead == "\u2019")) continue;
    if (!tokens[first].properShape() || lead != " ") break;
    // ("Saltlick Police" in capitals reads as one town of two words: the town ends before it.)
    const std::size_t town = std::find(kCues.begin(), kCues.end(), tokens[first - 1].lower) != kCues.end()
                                 ? townAt(in, first)
                                 : std::string_view::npos;
    // Kinds of police are no town: "Campus Police", "State Police", "Transit Police".
    static constexpr std::array<std::string_view, 16> kKinds = {
        "campus", "state",  "capitol", "transit", "hospital", "university", "park",    "tribal",
        "county", "city",   "military", "border", "railway",  "airport",    "school", "federal"};
    bool kind = false;
    for (std::size_t k = first; k < i; ++k) {
      kind = kind || std::find(kKinds.begin(), kKinds.end(), tokens[k].lower) != kKinds.end();
    }
    if ((town == i - 1 || town == i) && !kind) {
      out.push_back({tokens[first].start, tokens[i - 1].end, PhiCategory::Address, priority::kAddress});
      break;
    }
  }
  return i;
}

// The town of a pharmacy or a drugstore after its name and a comma, closing the line: "Pharmacy:
// Bellamy & Sons Drug, Holloway Springs". Token i is the town's first word after ", ". Returns
// the last token, or i. So too a clinic's or a surgery's stamp: "Official stamp: Rietvlei Travel
// Clinic, Doringkloof" (a department after it is no town: "Mercy Clinic, Cardiology").
std::size_t shopTownAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  static constexpr std::array<std::string_view, 9> kShops = {"drug",     "drugs",   "pharmacy", "apothecary", "chemist",
                                                             "chemists", "clinic",  "surgery",  "practice"};
  if (i == 0 || std::find(kShops.begin(), kShops.end(), tokens[i - 1].lower) == kShops.end() ||
      !tokens[i - 1].properShape()) {
    return i;
  }
  const std::size_t town = townAt(in, i);
  if (town == std::string_view::npos) return i;
  // After a clinic an ordinary word is its department: "Lakeside Surgery, Recovery".
  const bool care = tokens[i - 1].lower == "clinic" || tokens[i - 1].lower == "surgery" || tokens[i - 1].lower == "practice";
  if (care && plainWordTown(in, i, town)) return i;
  std::size_t end = tokens[town].end;
  while (end < text.size() && text[end] == ' ') ++end;
  if (!(end >= text.size() || text[end] == '\n' || text[end] == '\r')) return i;
  // A heading in capitals opening the note names the practice and its own town, as a letterhead
  // does: "RECEPTION PHONE NOTE - KUKUM CLINIC, HONIARA" (no one's home; seed 3434).
  if (care && tokens[i].allCaps && text.substr(0, tokens[i].start).find('\n') == std::string_view::npos) return i;
  out.push_back({tokens[i].start, tokens[town].end, PhiCategory::Address, priority::kAddress});
  return town;
}

// "Town, ST" as the last cell of a table's line, after a column gap: "LAMBKIN (2nd)   Ana S.
// Holloway Springs, ID\n". Codes that are credentials stay out ("Attending   Lee, MD"). Token i
// follows a gap of two bytes or more. Returns the last token of the state, or i.
std::size_t cellTownStateAt(const ScanInput& in, std::size_t i, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  if (i == 0) return i;
  const std::string_view gap = gapBetween(in, i - 1, i);
  if (!(gap.ends_with("  ") || gap.ends_with("\t")) || gap.find('\n') != std::string_view::npos) return i;
  const std::size_t town = townAt(in, i);
  if (town == std::string_view::npos || town + 1 >= tokens.size() || gapBetween(in, town, town + 1) != ", ") return i;
  const std::size_t state = stateAt(in, town + 1);
  if (state == std::string_view::npos) return i;
  const Token& st = tokens[state];
  if (isCredentialWord(st) || st.lower == "md" || st.lower == "pa" || st.lower == "do") return i;
  if (st.length() == 2 && !st.allCaps) return i;
  std::size_t end = st.end;
  while (end < text.size() && text[end] == ' ') ++end;
  if (!(end >= text.size() || text[end] == '\n' || text[end] == '\r')) return i;
  out.push_back({tokens[i].start, st.end, PhiCategory::Address, priority::kAddress});
  return state;
}

}  // namespace concord::phi::detail
