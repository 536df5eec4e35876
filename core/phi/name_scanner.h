#pragma once
// The person-name scanner (scanNames in scan.h). Evidence, strongest first:
//  1. a title before the name ("Dr. Okafor", "MRS. LINDQVIST"); soft titles ("Sister",
//     "Father", "Nurse") are only weak cues;
//  2. a label, phrase or role noun that introduces a person (name_cues.h): strong with a colon
//     ("Patient:", "Attending:"), weak without ("signed by", "her daughter", "crew lead",
//     "reviewed with"), including "LAST, FIRST" and lists after "cc:"; "<participle> by X";
//  3. a credential after the name ("Jane Q. Doe, MD");
//  4. the common-name tables (a given name followed by a capitalised word, or a frequent
//     given or family name on its own, unless it is also an ordinary word or an eponym);
//  5. the shape of a name: two or more capitalised words outside the English lexicon and the
//     clinical vocabulary ("visit for Xiomara Nakamura on");
//  6. a verb only people do after it ("Okafor reports");
//  7. propagation: once a word is a name somewhere in the text, every other capitalised or
//     ALL-CAPS occurrence of it is a name too ("Mr. Adeyemi ... ADEYEMI tolerated ...").
// The class is split into these files:
//   scan_names.cpp        word questions, name runs, eponym and place vetoes, output;
//   scan_name_rules.cpp   the cue rules (titles, labels, agents, credentials, verbs, tables);
//   scan_name_shapes.cpp  the shape rules (tryShape and the words right around a name);
//   scan_name_links.cpp   names that follow from found names, and propagation;
//   scan_name_lower.cpp   names written in lower case; scan_name_cues.cpp the cue inventory;
//   scan_name_handles.cpp login handles built from names ("processed by dhutapea");
//   scan_name_dicom.cpp   DICOM person names ("PatientName: RUTLEDGE^ZHI HAO^M") and pedigrees.
#include <algorithm>
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "name_cues.h"
#include "name_tables.h"
#include "number_words.h"
#include "scan.h"

namespace concord::phi::detail {

// Token forms of the cue questions: a bit test on the word classes looked up by tokenize().
inline bool isRoleNoun(const Token& t) { return (t.classes & WordClass::kRoleNoun) || hasRoleEnding(t.lower); }
inline bool isKinNoun(const Token& t) { return t.classes & WordClass::kKinNoun; }
inline bool isNameParticle(const Token& t) { return t.classes & WordClass::kParticle; }

// Whether an eponym's trigger word follows token i, past a possessive, a hyphenated partner and
// up to `maxHops` capitalised words ("Stevens-Johnson syndrome", "Hamilton Depression Rating
// Scale", "Crohn's disease"): then the word names a sign or a disease, not a person.
bool eponymFollows(const ScanInput& in, std::size_t i, int maxHops);

// Whether a firm's noun (isFirmWord) ends the capitalised words that start at token k, within
// three of them: the words before k name a firm ("Ironvale Defense Counsel LLP").
bool firmNounFollows(const ScanInput& in, std::size_t k);

// Whether a street's type that is no surname ("Ave", "Trail", "Hwy") ends the capitalised words
// that start at token k, within two of them: the words before k name a street.
bool streetTypeFollows(const ScanInput& in, std::size_t k);

// Whether the words [first, endToken) are a party of a cited precedent: "JAFFEE V. REDMOND, 518
// U.S. 1", "Birchfield v. North Dakota (2016)" (a "v." in, right before or right after them).
bool caseCitation(const ScanInput& in, std::size_t first, std::size_t endToken);
// An author of cited literature, not a person of the record: a reference list's "Rahman M,
// Chowdhury S, Islam N, et al.", "Okonkwo A, Patel R. Lancet 2018;331:...", a BibTeX "author =
// {Smith, J. and Lee, K.}", a textbook's "Harrison's Principles ..., ISBN ...".
bool literatureCitation(const ScanInput& in, std::size_t first, std::size_t endToken);

// Whether token k, joined by a hyphen to the name word next to it (`partner`), is the other half
// of a double-barrelled name: "Mitsuki-Ai", "ROSTAMI-FENN", "YUTONG-XUE" (same case as its
// partner, no vocabulary, eponym, title or role word, no brand: "Maxi-Cosi", "Tay-Sachs").
bool hyphenNamePart(const ScanInput& in, std::size_t k, std::size_t partner);

// Whether token k is a family name's initial written after a given name: one letter, a period,
// then the end of the line, a space, a quote or a bracket ("Checked by Ruchika F.", "Hamza-Idris
// N. (gr 3)"); not "i.e." nor a new sentence's "A. Smith".
bool familyInitialAfter(const ScanInput& in, std::size_t k);

// Widens the name [first, last] over the particles and initials its rule or the model left out,
// within the bytes [floorByte, ceilByte) and outside `blocked` tokens (may be null): "Meseret-Hiwot
// ten Hove", "JI-AN DE GROOT", "H. la Fontaine", "S. Te Rangi-Hoani", "Z. O'Donoghue-Asante",
// "Ishaani St. Clair-Mensah".
void widenOverParticles(const ScanInput& in, std::size_t& first, std::size_t& last, std::size_t floorByte,
                        std::size_t ceilByte, const std::vector<char>* blocked);

// Whether the number at token `number` follows a ward's place word ("Bed 12", "Room 4"): no house's.
bool placeNumberWordBefore(const ScanInput& in, std::size_t number);

// Whether up to three capitalised words before token k follow a house number: "177 Yarrow Point"
// before "Park" (then token k is the street's type).
bool streetNameBefore(const ScanInput& in, std::size_t k);

// Whether a word is a Dutch street's name written in one piece with its type: "Pointstraat",
// "Marktplein", "Herengracht" (three letters or more before the type).
bool dutchStreetWord(const Token& t);

// Whether token k carries a Japanese area's suffix after a hyphen: "Suita-shi", "SETAGAYA-KU",
// "Osaka-fu" (a place of a romanised address, not a double-barrelled name).
bool japaneseAreaSuffixAfter(const ScanInput& in, std::size_t k);

// Whether the run of tokens [first, endToken) names no person, by what comes right around it: the
// value of a sex label ("Giới: Nam") or of a place label ("Province: Khon Kaen"), the word of an
// Indonesian street or quarter before it ("Jl. Raya Bogor", "kel. kramat jati"), a town after a
// demographic line's age ("Evangelia Kouroupi, 68 eton, Larissa"), a town before a Canadian
// province's or US state's code after "to", "in", "at" or "from" ("Delivered to Sudbury, ON"), or
// "style" after it ("Bach Mai style"). Used by the rules and by the name model's additions
// (scan_name_vetoes.cpp).
bool noPersonByContext(const ScanInput& in, std::size_t first, std::size_t endToken);
// Places after their administrative level's or quarter's noun, and lower-case chat words spelled
// like given names in their phrase (scan_name_admin_places.cpp; asked by noPersonByContext).
bool adminPlaceRun(const ScanInput& in, std::size_t first, std::size_t endToken);
bool chatPhraseWord(const ScanInput& in, std::size_t first, std::size_t endToken);
// Areas, atolls, Malé houses and person-named streets of the public-health programmes' countries
// ("Trashigang Dzongkhag", "Zoba Maekel", "Haa Dhaalu", "H. Dhoores, Majeedhee Magu", "str. Alba
// Iulia 44") are no person (scan_name_area_places.cpp).
bool areaPlaceRun(const ScanInput& in, std::size_t first, std::size_t endToken);
// Code prefixes, VCF field types, HL7 header applications and parks of firms ("ORPHA:96169",
// "Type=Integer", "MSH|^~\&|GENLAB|", "Business Park") are no person (scan_name_code_words.cpp).
bool codeWordRun(const ScanInput& in, std::size_t first, std::size_t endToken);
// Kin terms and honorifics alone, languages, festivals and prayers, apps and chains, lower-case
// function words of mixed languages and an age's label ("Tita and Lola", "Sylheti", "Hari Raya",
// "Dr. Google", "call saya", "Umar: 59 saal") are no person (scan_name_culture_words.cpp).
bool cultureWordRun(const ScanInput& in, std::size_t first, std::size_t endToken);
// Whether token i opens its line and is followed by a colon and a number: a field's label
// ("Sana: 2024-yil 2-mart"); the callers also ask that another scanner found what follows.
bool fieldLabelWord(const ScanInput& in, std::size_t i);
/// The run is, or lies inside, one of the world's capitals or large cities ("Kinshasa", "Phnom
/// Penh"); a city that is also a person's name ("Sofia", "Lima") only in a place's context ("in",
/// "near", "flew to") (world_cities.cpp).
bool worldCityRun(const ScanInput& in, std::size_t first, std::size_t endToken);
/// The words [first, endToken), in any case, are exactly one of the listed cities that is no
/// person's name ("wewak", "ganta"): for a town written in lower case after a cue (world_cities.cpp).
bool worldCityWords(const ScanInput& in, std::size_t first, std::size_t endToken);

// Whether the one-word run at token `first` is the model of the device named right before it:
// "Kangaroo pump Joey set at 25 mL/h".
bool deviceModel(const ScanInput& in, std::size_t first);

// Words of rural, retrieval and foreign addresses that look like a name (scan_name_place_words.cpp):
// "SAM" in "centre for SAM with complications", "Lewis" of "Isle of Lewis", "Chis" of "Comitán,
// Chis.", "Van" of "Van LifeFlight 3", "Tanana" of "Tanana Valley Regional".
bool acronymInProse(const ScanInput& in, std::size_t k);
bool islandAfterIsleOf(const ScanInput& in, std::size_t k);
bool mexicanStateAfterTown(const ScanInput& in, std::size_t k);
bool vanCallSign(const ScanInput& in, std::size_t k);
bool facilityNameFollows(const ScanInput& in, std::size_t k);
// "Caparra" of "Urb. Jardines de Caparra"; "LONG" of "LONG-STAY RESIDENTS".
bool estateNameAfterParticle(const ScanInput& in, std::size_t k);
bool stayCompound(const ScanInput& in, std::size_t k);

class NameScanner {
 public:
  NameScanner(const ScanInput& in, const Candidates& claimed, Candidates& out)
      : in_(in), tokens_(in.tokens), out_(out), claimed_(tokens_.size(), false), marked_(tokens_.size(), false) {
    markClaimed(claimed);
    // In a note written in ordinary case, a short ALL-CAPS word is an abbreviation ("SSN",
    // "COPD"), not a name; in an ALL-CAPS note nothing can be told from case.
    std::size_t lower = 0, upper = 0;
    for (char c : in.text) {
      lower += isLower(c);
      upper += isUpper(c);
    }
    mixedCase_ = lower > upper;
  }

  void run() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (claimed_[i]) continue;
      if (tryDicomName(i) || tryDicomTagName(i) || tryCommaJoinedName(i) || tryPedigree(i) || tryDepartmentInitial(i) || tryTitle(i) || tryLabel(i) || tryAgent(i) || (tokens_[i].length() == 7 && tryVisit(i)) || tryCredential(i) ||
          trySignatory(i) || tryHandle(i)) {
        continue;
      }
      tryLowerRole(i);
    }
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (!claimed_[i] && !marked_[i]) tryTables(i);
    }
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (!claimed_[i] && i >= shapeResume_) tryShape(i);  // also over lone table names: "Kim, Zbigniew"
    }
    for (std::size_t i = 1; i < tokens_.size(); ++i) {
      if (!claimed_[i] && !tokens_[i].properShape()) tryVerbCue(i);
      if (tokens_[i].allCaps) tryVerbCue(i);
    }
    tryAliases();
    tryQuotedNicknames();
    tryThatIs();
    tryMotherAndBaby();
    tryConjoined();
    tryPagers();
    propagate();
    emit();
  }

 private:
  const ScanInput& in_;
  const std::vector<Token>& tokens_;
  Candidates& out_;
  // (Bytes, not std::vector<bool>: these are read for every token by almost every rule.)
  std::vector<char> claimed_;  // inside a finding of another category
  std::vector<char> marked_;   // part of a name
  std::size_t shapeResume_ = 0;  // the first token after a run tryShape vetoed as a whole
  std::vector<std::size_t> addressEnds_;  // where the street addresses other scanners found end, sorted
  std::vector<std::pair<std::size_t, std::size_t>> runs_;  // [first, last] token of each name
  bool mixedCase_ = true;  // the text is mostly lower case
  static constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);
  mutable std::size_t chatLines_ = kUnknown;  // lines shaped "speaker: message" in lower case, counted once
  // Lines shaped "SPEAKER: MESSAGE" in capitals under a messaging app's heading, counted once
  // (0 without such a heading).
  mutable std::size_t capsChatLines_ = kUnknown;
  std::size_t capsChatLines() const;
  std::size_t chatLines() const;

  void markClaimed(const Candidates& claimed) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    spans.reserve(claimed.size());
    for (const Candidate& c : claimed) {
      spans.emplace_back(c.start, c.end);
      // (A street address, with its house number: "A lifelong resident of Marlow, Wen-jie was"
      // names a town, then a person.)
      if (c.category == PhiCategory::Address && !c.veto &&
          std::any_of(in_.text.begin() + static_cast<std::ptrdiff_t>(c.start),
                      in_.text.begin() + static_cast<std::ptrdiff_t>(c.end), isDigit)) {
        addressEnds_.push_back(c.end);
      }
    }
    std::sort(addressEnds_.begin(), addressEnds_.end());
    std::sort(spans.begin(), spans.end());
    std::size_t s = 0;
    std::size_t reach = 0;  // furthest end among spans starting at or before the token
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      while (s < spans.size() && spans[s].first < tokens_[i].end) reach = std::max(reach, spans[s++].second);
      claimed_[i] = reach > tokens_[i].start;
    }
  }

  [[gnu::always_inline]] std::string_view gap(std::size_t a, std::size_t b) const { return gapBetween(in_, a, b); }

  [[gnu::always_inline]] bool isInitial(std::size_t k) const {
    const Token& t = tokens_[k];
    // ("Å. Pfannenstiel", "Þ.R. Khumalo-Nel": a two-byte capital is an initial too.)
    return t.length() == 1 ? isUpper(in_.text[t.start])
                           : t.length() == 2 && isNonAscii(in_.text[t.start]) && startsWithUpperLatin(in_.text, t.start);
  }

  static bool listedName(const Token& t) {
    return (t.classes & (WordClass::kGiven | WordClass::kFamily | WordClass::kAmbiguous)) != 0;
  }

  // "SSN", "ICU", "CBC": an ALL-CAPS word of three letters or fewer that is no listed name;
  // in ordinary text even a listed one ("Sinai ED": "Ed").
  bool abbreviation(std::size_t k) const {
    const Token& t = tokens_[k];
    return t.allCaps && t.length() <= 3 && (mixedCase_ || !listedName(t));
  }

  // "mL/min", "and/or": a word glued to the one before by a slash is a unit or an alternative.
  bool afterSlash(std::size_t k) const {
    const std::size_t start = tokens_[k].start;
    return start > 0 && in_.text[start - 1] == '/';
  }

  // May token k be a word of a name? With a strong cue any capitalised word will do unless it
  // is note vocabulary; a weak cue also refuses ordinary English words and abbreviations that
  // are not on the name lists ("Father Time", "Patient SSN"); without a cue, vocabulary and
  // ambiguous words are refused.
  bool nameWord(std::size_t k, Cue cue) const;

  // A word that reads as a proper noun on its own: capitalised, outside the English and
  // clinical vocabularies (unless it is a listed name), not an abbreviation, title or unit.
  bool unknownProperWord(std::size_t k) const;
  // A product's name in camel case: "FreeStyle", "OmniPod".
  bool brandShape(std::size_t k) const;
  // A patient named by the room in ward chat: "is garcia-lopez in 245 still npo?".
  bool tryRoomMention(std::size_t i);
  // Whether token i's line has no capital letter.
  bool lowerCaseLine(std::size_t i) const;
  // Names without a cue that the shape rule tries first: a listed given name on a line without
  // capitals, any capitalised word before "is a N-year-old", a lower-case name that owns a home.
  bool tryLowerLineName(std::size_t i);
  bool tryNamedByAge(std::size_t i);
  bool tryLowerOwner(std::size_t i);
  // "the Xicoténcatl family": the family's name.
  bool tryFamilyOf(std::size_t i);
  // A building's word at k with a lower-case word or a number after it: "Lazarus Tower pool",
  // "Tower 5 West" (not "Nicanor Tower (03/08/1922)").
  bool buildingNamed(std::size_t k) const {
    if (!isBuildingWord(tokens_[k].lower) || k + 1 >= tokens_.size() || gap(k, k + 1) != " ") return false;
    return tokens_[k + 1].hasDigit || isLower(in_.text[tokens_[k + 1].start]);
  }
  // An age and a sex letter in one token: "74F", "102M".
  bool ageSexToken(std::size_t k) const;

  // After a weak cue the run is taken with a strong cue's reach ("changed by Rune Zielinski":
  // "Rune" is an English word) but must contain a word that reads as a name on its own, and
  // ends at the last such word ("daughter Ximena Follow up" is "Ximena"; "Father Time" is none).
  std::size_t cueRun(std::size_t j, Cue cue, bool allowInversion) const;

  // What follows a name in a header or a list of people: "X, DOB ...", "X (DOB", "X, 93-year-old",
  // "X, 93M", "X (2006-01-03)" (a date another scanner claimed), "X, MRN ...".
  bool personAfter(std::size_t k) const;
  // A role after a name: "Dariusz (husband)", "Karen, her daughter". k is the token after it.
  bool roleAfter(std::size_t k) const;

  // Gap inside one name: "Mary Ann", "Q. Smith", "Smith-Jones", "O'Brien".
  bool innerGap(std::size_t a, std::size_t b) const;
  // Whether token k, after `words` words of a name, is rather the label of the next field: an
  // acronym before a colon set off by a space ("Awa CNIB : B12345678"), or an abbreviation with
  // its dot before a label's word and its colon ("Χρίστος Ιωάννου Αρ. Ταυτότητας: 123456").
  bool opensNextField(std::size_t k, std::size_t words) const;
  // Whether a colon follows token k, right after it or set off by a space as French forms write it
  // ("Prénom(s) : Awa").
  bool colonAfter(std::size_t k) const;

  // The longest name run starting at token j; returns one past its last token (j if none).
  std::size_t nameRun(std::size_t j, Cue cue, bool allowInversion) const;

  // The token after a run of name particles starting at k ("de la", "van der"); k if none.
  std::size_t skipParticles(std::size_t k) const;

  // "Hyun-woo": a short lower-case part after a hyphen belongs to the word before it. Returns
  // the token after that part, or k unchanged.
  std::size_t skipLowerHyphenPart(std::size_t k) const;

  void mark(std::size_t first, std::size_t endToken);
  // Runs [first, endToken) that read as a person's name but name something else (see
  // scan_name_vetoes.cpp): a facility of another language, a street, a trauma alias, a unit.
  bool notAPerson(std::size_t first, std::size_t endToken) const;
  // A house number right before token `first`.
  bool numberBefore(std::size_t first) const;
  // The run [first, endToken), which ends in a street's type, is a block or one of two crossing
  // streets ("the 9200 block of Cordwainer Lane", "Sweetgum Hwy and Loblolly Court").
  bool streetPlace(std::size_t first, std::size_t endToken) const;
  // Where the name whose first found word is token `first` really starts: the found word may be
  // the second half of "Mi'Kayla" or the family name after "Mi-sook" (returns `first` if not).
  std::size_t compoundStart(std::size_t first) const;
  // Token k is the lower-case second part of a given name: "sook" of "Mi-sook".
  bool lowerSecondPart(std::size_t k) const;
  // Token k is the second part of a lower-case double-barrelled name: "stern" of "kaplan-stern".
  bool lowerSecondPartLower(std::size_t k) const;

  // Sloppy notes write names in lower case after a cue ("seen w/ dr okonkwo", "son yolanda at
  // bs", "Cosigned: catalina keita"); see scan_name_lower.cpp.
  bool lowerNameWord(std::size_t k) const;
  // `ingAllowed`: a word ending in "-ing" may be a name ("tenzing"), when something else says so.
  bool lowerNameWord(std::size_t k, bool ingAllowed) const;
  // `anyEnding`: clinical and adjective endings ("-ous", "-al", "-ine") do not count against the word, where
  // the place vouches for a name (a chat's speaker: "mahrous: el physio ...").
  bool lowerNameWord(std::size_t k, bool ingAllowed, bool anyEnding) const;
  /// After a strong cue (a colon label, "dr") a listed given name that is also a word may lead
  /// when a family name follows: "Triage RN: guy haile".
  /// `singleOk`: one unlisted word is enough (after a strong cue or a kin noun).
  std::size_t lowerRun(std::size_t j, bool strong, bool singleOk) const;
  // Login handles built from a name (scan_name_handles.cpp): "by kmwangiotieno", "sitihajar.londono".
  bool tryHandle(std::size_t i);
  // A DICOM person name after its keyword (scan_name_dicom.cpp): "PatientName: RUTLEDGE^ZHI HAO^M".
  bool tryDicomName(std::size_t i);
  // A DICOM dump's person name after its tag and VR (scan_name_dicom.cpp): "(0010,0010) PN [DOE^JOHN]".
  bool tryDicomTagName(std::size_t i);
  // An inverted name in capitals run together at a comma before a date of birth on a label or in
  // a log's row (scan_name_dicom.cpp): "01:20 FENSTERMAKER,RUSTIN 06/22/1931 MRN".
  bool tryCommaJoinedName(std::size_t i);
  // A pedigree's individual at a line's start (scan_name_dicom.cpp): "II-1 Yasuo, 73, well".
  bool tryPedigree(std::size_t i);
  // An initial and a family name after a discipline's label (scan_name_dicom.cpp): "Radiology: T. Chemist".
  bool tryDepartmentInitial(std::size_t i);
  // Token k may be part of a handle: ASCII letters of one case, no English or clinical word.
  bool handleWord(std::size_t k) const;
  // "given.family" starting at token k: the token after it, or k if there is none.
  std::size_t dottedHandle(std::size_t k) const;
  // "by", "user", "user=", a label's colon before token k.
  bool handleCueBefore(std::size_t k) const;
  /// "rose (pcp)": a lower-case listed name before a role in parentheses.
  void tryLowerRole(std::size_t i);
  // "to\u1ea3n: b\u00e0 m\u1eadn t\u1eadp \u0111i": a Vietnamese courtesy title in lower case opening a chat message.
  bool tryVietnameseCourtesy(std::size_t i);
  // "bom dia doutora, ad\u00e3o kiala faltou": the patient a chat message names after greeting the doctor.
  bool tryNamedAfterDoctor(std::size_t i);
  // Tokens [j, end) read as names, not as Romance verbs or function words; one listed name if asked.
  bool romanceNameRun(std::size_t j, std::size_t end, bool listedNeeded) const;
  // "para osmany pupo vald\u00e9s con ...": whom a Spanish message's medicine is for.
  bool tryForWhomSpanish(std::size_t i);
  // "u zaw min htut", "daw su myat noe": Burmese courtesy titles in lower case before a name's syllables.
  bool tryBurmeseCourtesy(std::size_t i);
  // "sms 28/3 ion:", "sms from cha siaka, 11/7", "referral: musu flomo, 65 yrs": text messages'
  // senders and the people they refer (scan_name_sms_senders.cpp).
  bool trySmsSender(std::size_t i);
  // "günel: salam, ...", "hæ helga, ...", "manao ahoana ramatoa fanja": speakers and the greeted
  // around the greetings of chats in lower case (scan_name_greetings.cpp).
  bool tryGreetingChat(std::size_t i);
  bool greetedNameWord(std::size_t k) const;
  // "ask for lubinda at cash office": whom a lower-case message sends the reader to.
  bool tryAskFor(std::size_t i);
  bool tryTitle(std::size_t i);
  // A role set off by dashes starts at token k: " — foster mother —", " - PCP -".
  bool dashRole(std::size_t k) const;
  bool isDashToken(std::size_t k) const;
  // "Jr", "Sr" (Title case) or "II", "III", "IV" (capitals) right after a name.
  bool isGenerationalSuffix(std::size_t k) const;
  // Whether a one-word name at token k ends there: punctuation, a line break or a lower-case word follows.
  bool nameEndsAfter(std::size_t k) const;

  // Skips an optional title after a label: "Attending: Dr. Smith". A title that is not a
  // soft one makes the cue strong.
  std::size_t skipTitle(std::size_t j, Cue& cue) const;

  // "Chaplain visited Loretta at the request of her son": a visit at a request or a bedside.
  bool tryVisit(std::size_t i);
  // "Dressing changed by Saoirse Romanov", "blood drawn by Lee": the agent of a participle.
  bool tryAgent(std::size_t i);

  bool tryLabel(std::size_t i);
  // Does a name of up to four words starting at `first` end right before `close` (")" or a quote)?
  bool enclosedRun(std::size_t first, std::string_view close) const;
  bool tryLineList(std::size_t first);
  // Consent forms: "I, Tabitha Honey, agree that ...".
  bool trySignatory(std::size_t i);

  // "Jane Q. Doe, MD", "T. K. Chaiyaporn, MA, CCC-SLP": a name before a credential or a chain.
  bool tryCredential(std::size_t i);
  bool credentialToken(std::size_t k) const;

  // "Marisol Okafor reports ...", "Eamon ambulated twice": a capitalised name right before a
  // verb that notes use for people. One word needs a verb only people do; two or more words
  // may also take "is", "was", "has".
  void tryVerbCue(std::size_t verb);

  // `hops` is how many capitalised words may stand between the name and the eponym word: a
  // lone word may start a long eponym ("Hamilton Depression Rating Scale"), a whole name run
  // only a direct one ("Sister Mary Joseph nodule"), so that the capitalised start of the next
  // sentence ("Dr. Wilson. Score of 99", "Joseph Yamada Stevens-Johnson syndrome") is no veto.
  bool eponymContext(std::size_t i, int maxHops = 4) const { return eponymFollows(in_, i, maxHops); }

  bool runIsEponym(std::size_t first, std::size_t end) const {
    return eponymContext(end - 1, end - first > 1 ? 1 : 4);
  }

  // A lone table name with no cue must read like a person: followed by the end of the clause,
  // or by a verb or function word ("Garcia was", "Garcia and her son"), not by a noun
  // ("Clark level", "Wright stain", "Grant funding") or a hyphenated eponym ("Jackson-Pratt").
  bool personFollows(std::size_t i) const;

  bool sentenceStart(std::size_t i) const;

  // After "at", "in", "near", "into" capitalised words name a place ("at Dana Farber"), not a person.
  bool locativeBefore(std::size_t i) const {
    if (i == 0) return false;
    const std::string_view w = tokens_[i - 1].lower;
    return w == "at" || w == "in" || w == "near" || w == "into";
  }

  // Whether token p is a capitalised "El" right after a listed given name, one space between.
  bool arabicArticleAfterGiven(std::size_t p) const {
    return p >= 1 && tokens_[p].lower == "el" && !isLower(in_.text[tokens_[p].start]) && gap(p - 1, p) == " " &&
           !isLower(in_.text[tokens_[p - 1].start]) && isCommonGivenName(tokens_[p - 1]);
  }

  // "St. Luke Hospital", "Mount Sinai", "Franklin Clinic": a place named after a person.
  bool institutionContext(std::size_t i) const {
    // ("El-Sayed", "Al-Rashid": a hyphen makes the prefix part of the name.)
    // ("Mme Naima El Idrissi", "M. Driss El Alaoui": after a listed given name "El" is the Arabic
    // article of a family name, not a town's prefix; seed 3737.)
    if (i > 0 && isPlaceBefore(tokens_[i - 1].lower) && gap(i - 1, i) != "-" && !arabicArticleAfterGiven(i - 1)) return true;
    // "Johns Hopkins and Karolinska forms" (seed 3838).
    if (i > 0 && gap(i - 1, i) == " " && eponymousInstitutionPair(tokens_[i - 1].lower, tokens_[i].lower)) return true;
    if (i + 1 < tokens_.size() && gap(i, i + 1) == " " && eponymousInstitutionPair(tokens_[i].lower, tokens_[i + 1].lower)) {
      return true;
    }
    // "Dr. Barnardo's Homes", "ST. VINCENT'S HOSPITAL": the founder or the saint owns the place,
    // its noun capitalised ("Ana's hospital stay" is a person's; seed 3838).
    if (i + 2 < tokens_.size() && tokens_[i + 1].lower == "s" && (gap(i, i + 1) == "'" || gap(i, i + 1) == "\u2019") &&
        isInlineSpace(gap(i + 1, i + 2), 1) && !isLower(in_.text[tokens_[i + 2].start]) &&
        ownedPlaceNoun(tokens_[i + 2].lower) && !(i + 3 < tokens_.size() && gap(i + 2, i + 3).starts_with(":"))) {
      return true;
    }
    if (i + 1 >= tokens_.size() || !isInlineSpace(gap(i, i + 1), 1)) return false;
    // ("First name given: Velvalee Supplies: 40 ...": a place word before a colon is the next label.)
    if (isPlaceAfter(tokens_[i + 1].lower)) return !(i + 2 < tokens_.size() && gap(i + 1, i + 2).starts_with(":"));
    // One specialty or descriptive word may sit between: "Northwest Cardiology Clinic".
    // ("DR. NGUYEN AT UNIVERSITY HOSPITAL": a short word such as "AT" is no part of the place.)
    return i + 2 < tokens_.size() && tokens_[i + 1].properShape() && !tokens_[i + 1].hasDigit &&
           tokens_[i + 1].length() >= 4 &&
           isInlineSpace(gap(i + 1, i + 2), 1) && isPlaceAfter(tokens_[i + 2].lower);
  }

  void tryTables(std::size_t i);

  // Name shape without a cue: two or more capitalised words that are neither English nor
  // clinical vocabulary read as a person ("visit for Xiomara Nakamura on", "reviewed with
  // KALANI DIMITROV and", "plate PTX-0454. Vikram Varga Dose ..."), at a sentence start too:
  // headings and sentence openings are English or clinical words. Listed names that are also
  // words need a word that is a name on its own beside them, a middle initial ("Rose J. King")
  // or a fact about a person after them ("Will Green, 101-yr-old"). A double-barrelled word counts once ("Semmes-Weinstein" is one word, and an eponym); words
  // after the run that make it an eponym or a place veto it. After a label's colon, an inverted
  // "Last, First" with a listed name in it is taken too ("Identifying data: Delacroix, Joy").
  void tryShape(std::size_t i);
  // Vetoes of a shape run [i, k) of `words` words: a title in capitals going on past a name's
  // length, a health centre's own name, a state's name.
  bool capsHeadingRun(std::size_t i, std::size_t k, std::size_t words) const;
  bool facilityNamed(std::size_t i) const;
  bool stateNamed(std::size_t i) const;
  // A field that starts with an inverted name in capitals: "*** MAMANI, FERENC ***".
  bool tryCapsInversion(std::size_t i);
  // A signature dash before token i: "-M. Wekesa" or "— B. Lowenstein" opening its line or clause.
  bool signatureDash(std::size_t i) const;
  // Names in parentheses after what the person is called: "Peanut (Tiffani Kamakana)".
  void tryAliases();
  // A nickname in quotes and parentheses after a name: 'mercy-ann ("gramps")'.
  void tryQuotedNicknames();
  // A nickname and the name it stands for: "Missy (that's Zareh)".
  void tryThatIs();
  // Pages between two people: "Ohannes -> Pathum", also when one side is a name found already.
  void tryPagers();
  // Names joined to a found name by "and": "Kipchoge and Bodil were present".
  void tryConjoined();
  // Whether two words of [first, last] stand apart with a space (a particle leading aside).
  bool spacedWords(std::size_t first, std::size_t last) const;
  // A name set off by a spaced slash starting at token k ("MW: A / MIN-JUN"): the token after it,
  // or k if none.
  std::size_t slashedName(std::size_t k) const;
  // The mother before " + baby" on a postnatal ward board.
  void tryMotherAndBaby();
  // A name that owns kin: "Esi's ex-wife", "Dusty's health care proxy".
  bool tryPossessiveKin(std::size_t i);
  // The speaker of a chat or log line: "[secure chat] Guillermo: hey ...".
  bool tryChatSpeaker(std::size_t i);
  // "2006 Honda Odyssey": token i is a car make before its model or after its year.
  bool vehicleMakeBefore(std::size_t i) const;
  // Token i opens a line, a field set off by two spaces, or follows "*" or "|" (not ":": after a
  // label such as "HEENT:" or "Itinerary:" a capitalised pair is mostly findings or places).
  bool fieldStart(std::size_t i) const;

  // A word of a name shape: an unknown proper word, or a listed name that is also a word
  // ("June", "Will"), which needs a strongShapeWord beside it.
  bool shapeWord(std::size_t k) const;
  /// "Zhou's ICD": the word at i owns what follows.
  bool possessive(std::size_t i) const;
  /// The word owned after "X's " when token i is X (not after "at", "in", "near": "at Lowe's");
  /// empty if there is none.
  std::string_view ownedWord(std::size_t i) const;
  /// "Gene's ICD", "Jordan's medical bills": the word at i owns what only a person owns.
  bool ownsBelonging(std::size_t i) const;
  /// "the libre", "my omnipod": a determiner before token k makes it a thing.
  bool determinerBefore(std::size_t k) const;
  /// "is a 9-month-old" starts at token k.
  bool ageFollows(std::size_t k) const;
  /// "and his roommate" starts at token k.
  bool kinFollows(std::size_t k) const;
  static bool adjectiveLike(const Token& t);
  // Three capitals that may be a person's initials ("DSS", "RTH"): in ordinary text, on no list
  // of words, credentials, states or roles.
  bool initialsToken(std::size_t k) const;
  // After a label's name-like word at j, a sentence, a sum or a score going on ("Am I", "SPINAL +
  // MAC", "Braden 12").
  bool labelValueGoesOn(std::size_t j) const;

  bool strongShapeWord(std::size_t k) const { return unknownProperWord(k) && !isAmbiguousNameWord(tokens_[k]); }

  void propagate();

  // Joins neighbouring name tokens into one finding per name.
  void emit();

  // "SMITH, JOHN" was matched as one run; keep it one finding.
  bool joinedByInversion(std::size_t a, std::size_t b) const;
};

}  // namespace concord::phi::detail
