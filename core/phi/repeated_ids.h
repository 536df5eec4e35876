#pragma once
// A number found once by its label names the same person wherever else the note repeats it
// (repeated_ids.cpp).
#include "scan.h"

namespace concord::phi::detail {

/// Adds a candidate for every other occurrence, standing alone, of a record, health-plan, social
/// security or licence number that a label or a record field found in the same text: "Subject
/// 104-017 ... CRF worksheet for 104-017", a CSV export's first column, a reimbursement log.
void repeatLabelledIdentifiers(const ScanInput& in, Candidates& candidates);

}  // namespace concord::phi::detail
