#pragma once
// Bootstrapped distribution of Krippendorff's alpha after Hayes & Krippendorff (2007) and
// Krippendorff's "Algorithm for bootstrapping a distribution of alpha": pairs of values are
// drawn from the observed coincidence matrix, De stays fixed, and each resample gives an alpha.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "concord/agreement/reliability_data.h"

namespace concord::agreement {

struct BootstrapOptions {
    std::size_t resamples = 1000;
    std::uint64_t seed = 0;  // the same seed and data give the same interval, run after run
    double confidence = 0.95;
    std::vector<double> minimums{0.667, 0.800};  // report p(alpha < minimum) for each
};

struct BootstrapResult {
    double ciLow = 0.0;
    double ciHigh = 0.0;
    double confidence = 0.95;
    std::vector<std::pair<double, double>> probabilityBelow;  // (minimum, share of resamples below it)
    std::size_t resamples = 0;
    std::size_t pairsPerResample = 0;  // M: pairs of values in the data
};

// Empty when alpha itself is undefined (nothing to resample) or resamples == 0.
std::optional<BootstrapResult> bootstrapAlpha(const ReliabilityData& data, const BootstrapOptions& options);

}  // namespace concord::agreement
