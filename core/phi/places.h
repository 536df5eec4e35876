#pragma once
// The parts of address finding that scan_places.cpp (streets, boxes, ZIP codes) and
// scan_towns.cpp (towns named without a street) share. Each function reads the tokens of `in`
// from token i; those returning a token index return npos (or i, for the *At finders that
// record a finding) when nothing is there.
#include <cstddef>

#include "scan.h"

namespace concord::phi::detail {

// A state code in capitals or a state written out ("NC", "Arizona", "New York"): its last token,
// or npos.
std::size_t stateAt(const ScanInput& in, std::size_t i);

// A town of one to three words ("Fairhaven", "Port Ellis"): its last token, or npos.
std::size_t townAt(const ScanInput& in, std::size_t i);

// The state after a town and ", " or " ": its last token, or npos.
std::size_t stateAfterTown(const ScanInput& in, std::size_t town);

// A town in lower case on a line without capitals ("in new canaan."): its last token, or npos.
std::size_t lowerCaseTownAt(const ScanInput& in, std::size_t i);

// A street's type word: the shared table's ("Street", "Ave", "Pike") and the rural, suburban and
// Commonwealth ones it lacks ("Hollow", "Mews", "Parade").
bool isStreetType(const Token& t);
// Only punctuation or a line end after token k.
bool clauseEnds(const ScanInput& in, std::size_t k);

// After a credential-like state code and a column gap, whether the five digits at token k end
// their field (no lower-case word follows), as a ZIP does.
bool zipEndsField(const ScanInput& in, std::size_t k);

// A word for a relative ("wife", "son", "neighbour").
bool kinWord(const Token& w);

// A month or a day of the week in English ("from Monday, ..."): no town (scan_towns.cpp).
bool monthOrWeekday(const Token& w);

// "Family in Hollis Bay were updated": token i is "in" after relatives, their town follows and
// then the sentence's verb (scan_town_contexts.cpp).
bool relativesInTownGoOn(const ScanInput& in, std::size_t i);

// "at the club in Hollinsgate by summer", "im at work in sonnedal till 5", "at daughter's house in
// Brackenford;": token i is "in" after a place a person spends time at; the town follows
// (scan_town_contexts.cpp). Returns its last token, or npos.
std::size_t stayPlaceTownAt(const ScanInput& in, std::size_t i);

// "GP: Dr Tukukino, Lisheen PHN: ...": the town of a doctor's practice after the doctor's name
// and a comma, the field ending after it (scan_town_contexts.cpp). Token i follows ", ". Returns
// the town's last token, or npos.
std::size_t doctorTownAt(const ScanInput& in, std::size_t i);

// Whether tokens [first, last] are one ordinary English word that is no name ("peace", "Recovery"):
// a town only after a cue strong enough to say so (scan_town_contexts.cpp).
bool plainWordTown(const ScanInput& in, std::size_t first, std::size_t last);

// "Olsztyn, dnia 25 czerwca 2025 r.", "Rimouski, le 5 mars 2024": the town of a letter's place
// and date line, token i opening the line (scan_town_contexts.cpp). Returns its last token, or npos.
std::size_t placeDateTownAt(const ScanInput& in, std::size_t i);

// "Yvon Pelchat, 93 ans, de Rimouski": the town after an age, token i being "de"
// (scan_town_contexts.cpp). Returns its last token, or npos.
std::size_t ageOriginTownAt(const ScanInput& in, std::size_t i);

// "A 43-year-old woman from Mount Gambier was admitted": the town after "from" or "fra" (token i)
// following an age that introduces a person (scan_town_contexts.cpp). Returns its last token, or npos.
std::size_t agedPersonOriginTownAt(const ScanInput& in, std::size_t i);

// "residente a Matera", "natural de Chapecó" closing the line: the town after Italian "a" or
// Iberian "de" (token i) after a cue of residence or birth (scan_town_contexts.cpp). Returns its
// last token, or npos.
std::size_t residentOfTownAt(const ScanInput& in, std::size_t i);

// "the patient reem al-mutairi from buraydah, ninety-six, niece ...": the town after "from" (token
// i) before an age set off by commas (scan_town_contexts.cpp). Returns its last token, or npos.
std::size_t originBeforeAgeTownAt(const ScanInput& in, std::size_t i);

// "going home to hayesville with his brother": the town after "home to" (token i is "to") before
// "with" and a relative (scan_town_contexts.cpp). Returns its last token, or npos.
std::size_t homeToTownWithAt(const ScanInput& in, std::size_t i);

// "na unidade de caruaru.": the town of a health unit, token i being "unidade"
// (scan_town_contexts.cpp). Returns its last token, or npos.
std::size_t healthUnitTownAt(const ScanInput& in, std::size_t i);

// "geb. am 3. Juni 1922 in Bamberg Wohnhaft:": the birth town after a birth word, its date and
// "in", "a" or "\u00e0" (token i) (scan_town_contexts.cpp). Returns its last token, or npos.
std::size_t birthPlaceTownAt(const ScanInput& in, std::size_t i);

// "b. October 16, 1950 Moose Jaw Tel.": the birth town right after the year (token i) of a date of
// birth (scan_town_contexts.cpp). Returns its last token, or npos.
std::size_t bornDateTownAt(const ScanInput& in, std::size_t i);

// "Knockanure, Listowel, Co. Kerry": an Irish county after "Co." (token i) and the places before it
// (scan_town_contexts.cpp). Returns the place's first token and sets `last`, or returns npos.
std::size_t irishCountyPlaceAt(const ScanInput& in, std::size_t i, std::size_t& last);

// "| 75 yrs | Nakuru |", "75 anos, bragan\u00e7a, tel": the town right after an age, token i opening it
// (scan_town_contexts.cpp). Returns its last token, or npos.
std::size_t ageThenTownAt(const ScanInput& in, std::size_t i);

// "the Kessling, OK location" (or area, office): a place named by the town at tokens [i, town] and its state
// (scan_town_contexts.cpp).
bool placeNamedByTownState(const ScanInput& in, std::size_t i, std::size_t town, std::size_t state);

// Town finders: each records an "address" finding and returns its last token, or returns i.
std::size_t townPhraseAt(const ScanInput& in, std::size_t i, Candidates& out);
std::size_t parenTownAt(const ScanInput& in, std::size_t i, Candidates& out);
std::size_t leaderCityAt(const ScanInput& in, std::size_t i, Candidates& out);
std::size_t labelledTownAt(const ScanInput& in, std::size_t i, Candidates& out);
std::size_t labelOnlyTownAt(const ScanInput& in, std::size_t i, Candidates& out);
std::size_t townStateZipAt(const ScanInput& in, std::size_t i, Candidates& out);
std::size_t trailingTownStateAt(const ScanInput& in, std::size_t i, Candidates& out);
std::size_t townCommaStateAt(const ScanInput& in, std::size_t i, Candidates& out);
std::size_t townPoliceAt(const ScanInput& in, std::size_t i, Candidates& out);
std::size_t shopTownAt(const ScanInput& in, std::size_t i, Candidates& out);
std::size_t cellTownStateAt(const ScanInput& in, std::size_t i, Candidates& out);

// A town after a cue of travel, of a death's or a signature's place: "travelling from Bergen",
// "went to Kericho for a funeral", "at home, Recife", "Fait à Montreuil, le ...", "born
// 21/11/1953, of Ecatepec," (scan_travel_towns.cpp). Token i is the cue's last word.
std::size_t travelTownAt(const ScanInput& in, std::size_t i, Candidates& out);

// A town (and its state) as a whole cell of a pipe table row labelled "City", "City/State" or
// "Town" (scan_table_places.cpp): records a finding and returns its last token, or returns i.
std::size_t tableCellTownAt(const ScanInput& in, std::size_t i, Candidates& out);

// Whether the pipe table row holding `pos` is labelled "City", "City/State" or "Town" in its first
// cell: its "Dunmore, WA" cells are places, not "Surname, Initials" (scan_table_places.cpp).
bool rowLabelledByTown(std::string_view text, std::size_t pos);

// Five digits (or ZIP+4) at [pos, end) as a whole cell of a pipe table row labelled "ZIP" or
// "Postal code", in any column of old and new values (scan_table_places.cpp).
bool zipTableCellCue(std::string_view text, std::size_t pos, std::size_t end);

}  // namespace concord::phi::detail
