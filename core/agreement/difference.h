#pragma once
// The difference functions delta² of Krippendorff's alpha, shared by alpha and its bootstrap.
#include <cstddef>
#include <vector>

#include "concord/agreement/reliability_data.h"

namespace concord::agreement::detail {

// ((a - b) / (a + b))², with 0 for two zeros (values are >= 0 at the ratio level).
inline double ratioDelta2(double a, double b) {
    const double sum = a + b;
    if (sum == 0.0) return 0.0;
    const double ratio = (a - b) / sum;
    return ratio * ratio;
}

// n_c: how often each category occurs among pairable values; also counts n and the units.
std::vector<double> pairableTotals(const ReliabilityData& data, std::size_t& pairableValues, std::size_t& pairableUnits);

// The coordinate each category takes so that delta² is a squared difference (ordinal:
// mid-ranks from the pairable totals; interval, ratio: the number; nominal: the code).
std::vector<double> metricPositions(const ReliabilityData& data, const std::vector<double>& totals);

// delta² between two categories given their positions.
double delta2(Level level, double positionA, double positionB, std::size_t codeA, std::size_t codeB);

}  // namespace concord::agreement::detail
