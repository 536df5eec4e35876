#pragma once
// Replaces detected identifiers with their category in brackets: "Seen by [NAME] on [DATE]".
#include <string>
#include <string_view>
#include <vector>

#include "concord/phi/detector.h"

namespace concord::phi {

/// `utf8Text` with each finding (byte offsets, sorted, disjoint, as from detectPhiBytes)
/// replaced by "[CATEGORY]" in upper case, e.g. "[HEALTH_PLAN]".
std::string redact(std::string_view utf8Text, const std::vector<Finding>& byteFindings);

/// Detects and redacts in one call.
std::string redactPhi(std::string_view utf8Text);

}  // namespace concord::phi
