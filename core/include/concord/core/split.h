#pragma once
// Leakage-free split assignment: the split is a pure function of (salt, patient key), so every
// case of a patient lands in the same split, and adding data never moves a patient.
#include <string>
#include <string_view>
#include <vector>

namespace concord {

struct SplitShare {
  std::string name;
  double fraction = 0;
};

/// Parses "train=0.8,validation=0.1,test=0.1". Fractions must be > 0 and sum to 1 (±1e-9).
/// Throws std::invalid_argument naming the offending part.
std::vector<SplitShare> parseSplitSpec(std::string_view spec);

/// Picks the split for `patientKey` from a salted SHA-256 mapped into [0, 1).
const std::string& assignSplit(const std::vector<SplitShare>& shares, std::string_view salt,
                               std::string_view patientKey);

}  // namespace concord
