#pragma once
// PHI detection over UTF-8 text: hand-written scanners (no regular expressions), then a learned
// second look at person names (core/phi/name_model.h).
#include <cstddef>
#include <string_view>
#include <vector>

#include "concord/phi/category.h"

namespace concord::phi {

/// One detected identifier: the half-open range [start, end) and its kind.
/// Whether the offsets count bytes or Unicode code points depends on the function that made it.
struct Finding {
  std::size_t start = 0;
  std::size_t end = 0;
  PhiCategory category = PhiCategory::Name;

  friend bool operator==(const Finding&, const Finding&) = default;
};

/// Findings with UTF-8 byte offsets, sorted by start, never overlapping.
/// This is the internal form: redact() and the surrogate generator take it.
std::vector<Finding> detectPhiBytes(std::string_view utf8Text);

/// The hand-written rules alone, without the learned name model: what the model is trained on,
/// and the baseline it is measured against. Same form as detectPhiBytes.
std::vector<Finding> detectPhiBytesByRules(std::string_view utf8Text);

/// Findings with Unicode code-point offsets (the public, JSON-facing form), sorted, disjoint.
std::vector<Finding> detectPhi(std::string_view utf8Text);

/// Converts sorted byte-offset findings of `utf8Text` to code-point offsets.
std::vector<Finding> toCodePointOffsets(std::string_view utf8Text, std::vector<Finding> byteFindings);

}  // namespace concord::phi
