#pragma once
// A town found once in an address names the same place wherever else the note repeats it
// (repeated_towns.cpp).
#include "scan.h"

namespace concord::phi::detail {

/// Adds an address candidate for every other occurrence, as whole words in any case, of a town
/// that an address finding of the same text holds before its state ("..., Calloway Heights, WA
/// 49149" ... "SSN (blank)   Calloway Heights"), or that a town rule found alone. Runs after the
/// address scanners: it reads their candidates.
void repeatFoundTowns(const ScanInput& in, Candidates& candidates);

}  // namespace concord::phi::detail
