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

/// Dates with the month's name in Arabic (its Syriac, Latin and French traditions, and the Hijri
/// months with "هـ"), Kurdish, Burmese, Khmer and Lao, and numeric dates in those scripts' digits
/// ("5 آذار 2024", "٥ كانون الثاني ٢٠٢٤", "12 رمضان 1445 هـ", "ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៤",
/// "٠٥/٠٣/٢٠٢٤"); a year must follow (scan_world_dates.cpp).
void scanWorldScriptDates(const ScanInput& in, Candidates& out);

/// Dates of Armenia, Georgia and Mongolia in their own words: "5 մարտի 2024", "2024 թ. մարտի 5",
/// "5 მარტი 2024", "2024 წლის 5 მარტი", "2024 оны 3-р сарын 5", "3-р сарын 5"
/// (scan_caucasus_dates.cpp).
void scanCaucasusDates(const ScanInput& in, Candidates& out);

/// The date of birth and the expiry date (YYMMDD) of a passport's machine-readable zone's second
/// line, known by its shape and both dates' check digits (scan_mrz_dates.cpp).
void scanMrzDates(const ScanInput& in, Candidates& out);

/// Drops the date candidates the words before them give to no person: a product's expiry after its
/// lot, unit or dose ("batch H66DL320, exp. 2027-03") and a law's date ("loi du 26 juin 1990")
/// (scan_date_owners.cpp). Run after the date scanners.
void dropOwnerlessDates(const ScanInput& in, Candidates& out);

}  // namespace concord::phi::detail
