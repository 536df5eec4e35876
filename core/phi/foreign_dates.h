#pragma once
// Dates written with the month's name in Spanish, Portuguese, French, Italian, Dutch or German, and
// the Vietnamese "ngày 8 tháng 1 năm 2024" (scan_foreign_dates.cpp).
#include "scan.h"

namespace concord::phi::detail {

/// "12 de febrero de 2025", "24 de outubro de 2025", "7 décembre 2024", "nato il 16 dicembre
/// 1997", "11 maart 2025", "3. März 2024", "14 tháng 8 năm 2023", "5 martie 2024", "5. března 2024",
/// "2024. március 5", "5. 3. 2024", "5 มี.ค. 2567"; without the year only with the
/// Spanish or Portuguese "de" ("el 15 de julio"), which no other sentence puts between a number and
/// a month.
void scanForeignMonthDates(const ScanInput& in, Candidates& out);

/// A month's name of scanForeignMonthDates' languages ("marzo", "março", "mars", "März"), lower case.
bool isForeignMonthWord(std::string_view lower);

/// The day spelled in words before a month's name, as Spanish, Portuguese and French civil
/// records, certificates and dictated letters write it: "tres de marzo de mil novecientos
/// treinta", "a los quince días del mes de marzo de dos mil veinte", "quinze de março de 2020",
/// "le trois mars 1930". Returns the last token of the date begun at token `i`, or npos
/// (scan_word_dates.cpp).
std::size_t spelledDayDateEnd(const ScanInput& in, std::size_t i);

/// The spelled date that the "de" or the French "le"/"du" at token `i` belongs to, added as a
/// candidate; returns its last token, or npos.
[[gnu::noinline]] std::size_t addSpelledDayDate(const ScanInput& in, std::size_t i, Candidates& out);

/// spelledDayDateEnd's cheap first test, inline since every word meets it: a word of letters
/// before "de", "días"/"dias" or a connector ("y", "e", "et"), or after the French "le"/"du", or
/// "vingt"/"dix" before a hyphen.
[[gnu::always_inline]] inline bool maySpellDayDate(const ScanInput& in, std::size_t i) {
  const Token& t = in.tokens[i];
  if (t.hasDigit || t.length() < 2 || t.length() > 11 || i + 1 >= in.tokens.size()) return false;
  // (Bytes compared by hand: this runs for every word.)
  const std::string& next = in.tokens[i + 1].lower;
  const std::size_t size = next.size();
  if (size == 1) return next[0] == 'y' || next[0] == 'e';
  if (size == 2) return (next[0] == 'd' && next[1] == 'e') || (next[0] == 'e' && next[1] == 't');
  if ((size == 4 || size == 5) && next[0] == 'd' && (next == "dias" || next == "d\u00edas")) return true;
  if (i > 0) {
    const std::string& before = in.tokens[i - 1].lower;
    if (before.size() == 2 && ((before[0] == 'l' && before[1] == 'e') || (before[0] == 'd' && before[1] == 'u'))) return true;
  }
  return (t.length() == 5 || t.length() == 3) && t.end < in.text.size() && in.text[t.end] == '-' && (t.lower == "vingt" || t.lower == "dix");
}

/// A Thai date with the month's abbreviation from the day at token i (ASCII or Thai digits): "5
/// มี.ค. 2567", "๓ มี.ค. ๒๕๖๘", "3 มี.ค. 68"; the end byte, or 0 (scan_foreign_dates.cpp).
std::size_t thaiAbbreviatedDateEnd(const ScanInput& in, std::size_t i);

/// Dates with the month's name in Arabic (its Syriac, Latin and French traditions, and the Hijri
/// months with "هـ"), Kurdish, Burmese, Khmer and Lao, and numeric dates in those scripts' digits
/// ("5 آذار 2024", "٥ كانون الثاني ٢٠٢٤", "12 رمضان 1445 هـ", "ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៤",
/// "٠٥/٠٣/٢٠٢٤"); a year must follow (scan_world_dates.cpp).
void scanWorldScriptDates(const ScanInput& in, Candidates& out);

/// Dates of the Solar Hijri calendar of Afghanistan and Iran: "1402/12/24", "24 حوت 1402", "24 Hut
/// 1402", "5 فروردین 1403"; the year 1300-1499 (scan_solar_hijri_dates.cpp).
void scanSolarHijriDates(const ScanInput& in, Candidates& out);

/// Dates of Armenia, Georgia and Mongolia in their own words: "5 մարտի 2024", "2024 թ. մարտի 5",
/// "5 მარტი 2024", "2024 წლის 5 მარტი", "2024 оны 3-р сарын 5", "3-р сарын 5"
/// (scan_caucasus_dates.cpp).
void scanCaucasusDates(const ScanInput& in, Candidates& out);

/// Dates typed in Latin letters for a script or calendar of Asia: "2025-nen 3-gatsu 5-nichi",
/// "Showa 45-nen 12-gatsu 6-nichi", "1962 nian 9 yue 9 ri", "2025 nyeon 4 wol 24 il", "20 thang 9
/// nam 2025", "ROC 113/03/05", "13 tarikh" (scan_romanised_dates.cpp).
void scanRomanisedDates(const ScanInput& in, Candidates& out);

/// The date of birth and the expiry date (YYMMDD) of a passport's machine-readable zone's second
/// line, known by its shape and both dates' check digits (scan_mrz_dates.cpp).
void scanMrzDates(const ScanInput& in, Candidates& out);

/// Drops the date candidates the words before them give to no person: a product's expiry after its
/// lot, unit or dose ("batch H66DL320, exp. 2027-03") and a law's date ("loi du 26 juin 1990")
/// (scan_date_owners.cpp). Run after the date scanners.
void dropOwnerlessDates(const ScanInput& in, Candidates& out);

}  // namespace concord::phi::detail
