#pragma once
// The cue inventory for person names: labels, role nouns, titles and phrases that introduce a
// person. The data lives in scan_name_cues.cpp; scan_names.cpp decides what to do with it.
#include <array>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace concord::phi::detail {

/// How much a cue vouches for the capitalised words after it.
enum class Cue {
  kNone,    // no cue: only the name tables and the shape of the words count
  kWeak,    // a role noun, phrase or soft title ("wife", "reviewed with", "Sister"): ordinary
            // English words after it are not names ("Father Time", "Nurse Protocol")
  kStrong,  // a title or a label with a colon ("Dr.", "Patient:"): any capitalised word outside
            // the clinical vocabulary
};

/// A label or phrase before a name: "Patient:", "signed by", "daughter", "cc:" (a list).
struct LabelRule {
  std::array<std::string_view, 4> words;
  bool needsColon;  // "Attending:" needs the colon; "signed by" and "daughter" take one or not
  bool list;        // may be followed by several names: "cc: A, B and C"
  bool nextLine = false;  // a closing: the name is on the next line ("Sincerely,\nX")
  std::size_t size() const {
    std::size_t k = 0;
    while (k < words.size() && !words[k].empty()) ++k;
    return k;
  }
};

/// The rules whose first word is `lower`, longest first; empty for most words.
std::span<const LabelRule> labelRulesStartingWith(std::string_view lower);

/// Every word that starts a label rule (for WordClass::kCueStart).
std::vector<std::string_view> cueFirstWords();

/// The role nouns, kin nouns and name particles (for WordClass::kRoleNoun, kKinNoun, kParticle).
std::span<const std::string_view> roleNounTable();
std::span<const std::string_view> kinNounTable();
std::span<const std::string_view> particleTable();

/// Specialists named by their endings: "pathologist", "podiatrist", "obstetrician", "sonographer".
bool hasRoleEnding(std::string_view lower);

/// Kin, carers and care-team members: "daughter", "caregiver", "pharmacist".
bool isRoleNoun(std::string_view lower);

/// Family, partners and friends (a subset of the role nouns): "nephew", "partner", "roommate".
bool isKinNoun(std::string_view lower);

/// Carers and helpers who are named as people, like kin ("by driver Nova;", "coach Sunshine will").
bool isCarerNoun(std::string_view lower);

/// Titles that are also ordinary nouns ("Sister", "Father", "Nurse"): only a weak cue.
bool isSoftTitle(std::string_view lower);

/// A word of endearment or fellowship, or a form of address, said to the one greeted in a chat, no
/// name: "hi sweetie,", "salam habibi,", "hola cariño,", "hey mate,", "Ciao Dottore,".
bool isEndearment(std::string_view lower);

/// A participle before "by" that makes the next words its agent: "changed by", "drawn by".
bool isAgentParticiple(std::string_view lower);

/// Name particles that ride along inside a name: "van der Berg", "de la Cruz", "bin Said".
bool isNameParticle(std::string_view lower);

// name_words.cpp: words around a name.
/// A verb only people do, after a name: "Okafor reports".
bool isPersonVerb(std::string_view lower);
/// A verb that follows a two-word name: "Dawn Wexler is".
bool isWeakPersonVerb(std::string_view lower);
/// A word after a lone listed name that reads as a person: "Garcia was", "Garcia and".
bool isPersonFollower(std::string_view lower);
/// A word before a name, or its first word, that makes it a place: "St. Luke", "San Mateo".
bool isPlaceBefore(std::string_view lower);
/// A word after a name that makes it a place: "Franklin Clinic", "Lakewood Regional".
bool isPlaceAfter(std::string_view lower);
/// A place a founder or a saint owns, after "'s" ("Dr. Barnardo's Homes", "ST. VINCENT'S HOSPITAL").
bool ownedPlaceNoun(std::string_view lower);
/// Two words that name a hospital or a university by its founder alone ("Johns Hopkins").
bool eponymousInstitutionPair(std::string_view first, std::string_view second);
/// Nouns of firms, insurers and law offices that no surname is: "Ironbridge Steel Fabricators",
/// "Evenkeel Disability Insurance", "Ironvale Defense Counsel LLP".
bool isFirmWord(std::string_view lower);
// Brands of infant formulas, breast pumps and car seats ("Similac", "Maxi-Cosi", "Medela"); also
// never-names (name_tables.cpp), listed here so the name model can refuse their hyphenated halves.
bool isBabyProductWord(std::string_view lower);
/// The place words that are no surname: "tower", "cafe", "lobby" ("Lazarus Tower").
bool isBuildingWord(std::string_view lower);
/// Words of landscape that end rural place names: "creek", "hollow", "mountain" ("Sorrel Creek").
bool isLandscapeWord(std::string_view lower);
/// Departments, disciplines, agencies and tests written in three capitals or fewer: "ENT", "DSS".
bool isThreeLetterAbbreviation(std::string_view lower);
/// A fact about a person after a name in a header: "X, DOB", "X, MRN", "X, age 93".
bool isPersonFact(std::string_view lower);
/// An ending no personal name has: "-tion", "-itis", "-coccus", ...
bool hasClinicalEnding(std::string_view lower);
/// What only a person owns, after a possessive: "Gene's ICD", "Jordan's medical bills".
bool isPersonalBelonging(std::string_view lower);

}  // namespace concord::phi::detail
