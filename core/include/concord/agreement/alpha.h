#pragma once
// Krippendorff's alpha = 1 - Do/De over pairable values (units with at least two ratings).
#include <cstddef>
#include <optional>
#include <string>

#include "concord/agreement/reliability_data.h"

namespace concord::agreement {

struct AlphaResult {
    std::optional<double> alpha;  // empty when undefined: then undefinedReason says why
    std::string undefinedReason;
    double observedDisagreement = 0.0;  // Do
    double expectedDisagreement = 0.0;  // De
    std::size_t pairableValues = 0;     // n: values in units with two or more ratings
    std::size_t pairableUnits = 0;
};

// Linear in the number of ratings for nominal, ordinal and interval data; ratio data also
// costs (distinct values)² for De, since its difference function does not decompose.
AlphaResult krippendorffAlpha(const ReliabilityData& data);

}  // namespace concord::agreement
