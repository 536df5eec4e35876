#pragma once
// A national identity number that opens with the holder's full birth date, after a name
// (scan_birth_date_ids.cpp).
#include "scan.h"

namespace concord::phi::detail {

/// Adds a "license" candidate for an eleven-digit number opening with a valid YYYYMMDD birth date
/// ("19850928005", the layout of Trinidad and Tobago's national ID) written right after a
/// capitalised word and a comma, as a register writes a person's number after the name
/// ("Index case: CHARLES, Candice, 19850928005"), and for a capital letter and six digits (the
/// Maldivian identity card, "A466180") closing a line labelled with a person after the name and a
/// comma ("Mother: Fathimath Naseem, A466180").
void scanBirthDateIds(const ScanInput& in, Candidates& candidates);

}  // namespace concord::phi::detail
