#pragma once
// The EPID number of a notifiable-disease case investigation (scan_epid_numbers.cpp).
#include "scan.h"

namespace concord::phi::detail {

/// The WHO EPID number's shape: a three-letter country code, one or two groups of two or three
/// capitals (province, district), the year in two digits and the case's number:
/// "MNG-ULN-24-0123", "NIE-KAN-DAL-24-017".
bool epidNumberShape(std::string_view value);

/// Types every record-number candidate of the EPID shape as the case's file ("account"), and adds
/// an EPID-shaped value standing alone in a note that speaks of a case or an EPID (a line list's
/// column, "Linked to case ...").
void scanEpidNumbers(const ScanInput& in, Candidates& candidates);

}  // namespace concord::phi::detail
