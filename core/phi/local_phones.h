#pragma once
// Telephone numbers as other countries write them without a country code (scan_local_phones.cpp).
#include "scan.h"

namespace concord::phi::detail {

/// "fax" when a fax word is the nearest cue before `pos` on its line, else "phone"
/// (scan_phone_ssn.cpp).
PhiCategory phoneOrFax(std::string_view text, std::size_t pos);

/// National numbers in the groupings of Europe, Africa, Asia and Latin America: French pairs
/// ("06 12 34 56 78", "01.45.67.89.12"), Brazilian "(81) 98765-4321", Swedish "070-123 45 67",
/// Dutch "06-12345678" by shape alone; Danish "12 34 56 78", Norwegian "412 34 567", Spanish
/// "612 345 678", Mexican "55 1234 5678" and unspaced mobiles only after a phone word of any of
/// these languages ("tel", "Teléfono:", "ligne directe", "Điện thoại:") or a relative's role
/// ("(mother), 55 1234 5678").
void scanLocalPhones(const ScanInput& in, Candidates& out);

}  // namespace concord::phi::detail
