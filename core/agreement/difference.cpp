#include "difference.h"

namespace concord::agreement::detail {

std::vector<double> pairableTotals(const ReliabilityData& data, std::size_t& pairableValues, std::size_t& pairableUnits) {
    std::vector<double> totals(data.categories.size(), 0.0);
    pairableValues = 0;
    pairableUnits = 0;
    for (std::size_t u = 0; u < data.unitCount(); ++u) {
        const std::size_t m = data.ratingsOf(u);
        if (m < 2) continue;  // an unpairable value says nothing about agreement
        ++pairableUnits;
        pairableValues += m;
        for (std::size_t i = data.unitStart[u]; i < data.unitStart[u + 1]; ++i) totals[data.codeOf[i]] += 1.0;
    }
    return totals;
}

// Ordinal delta_ck = sum_{g=c..k} n_g - (n_c + n_k)/2 equals r_k - r_c for the mid-rank
// r_c = sum_{g<c} n_g + n_c/2, which turns ordinal alpha into interval alpha on mid-ranks.
std::vector<double> metricPositions(const ReliabilityData& data, const std::vector<double>& totals) {
    std::vector<double> position(totals.size(), 0.0);
    switch (data.level) {
    case Level::Nominal:
        for (std::size_t c = 0; c < totals.size(); ++c) position[c] = static_cast<double>(c);
        break;
    case Level::Ordinal: {
        double below = 0.0;
        for (std::size_t c = 0; c < totals.size(); ++c) {
            position[c] = below + totals[c] / 2.0;
            below += totals[c];
        }
        break;
    }
    case Level::Interval:
    case Level::Ratio: position = data.numbers; break;
    }
    return position;
}

double delta2(Level level, double positionA, double positionB, std::size_t codeA, std::size_t codeB) {
    switch (level) {
    case Level::Nominal: return codeA == codeB ? 0.0 : 1.0;
    case Level::Ordinal:
    case Level::Interval: return (positionA - positionB) * (positionA - positionB);
    case Level::Ratio: return ratioDelta2(positionA, positionB);
    }
    return 0.0;
}

}  // namespace concord::agreement::detail
