#pragma once
// The Mongolian civil register number standing alone (scan_mongolian_register.cpp).
#include "scan.h"

namespace concord::phi::detail {

/// Adds an "mrn" candidate for every Mongolian register number by its shape alone: two Cyrillic
/// letters and eight digits that begin with a birth date ("УБ98031512", "уе62010903").
void scanMongolianRegisterNumbers(const ScanInput& in, Candidates& candidates);

}  // namespace concord::phi::detail
