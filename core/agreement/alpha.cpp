#include "concord/agreement/alpha.h"

#include <cmath>
#include <vector>

#include "difference.h"

namespace concord::agreement {
namespace {

// Sum over ordered pairs i != j of the unit's values of delta², divided by (m_u - 1): the
// unit's contribution to n * Do. Closed forms keep nominal, ordinal and interval linear.
class ObservedDisagreement {
public:
    ObservedDisagreement(const ReliabilityData& data, const std::vector<double>& position)
        : data_(data), position_(position), counts_(data.categories.size(), 0) {}

    double ofUnit(std::size_t begin, std::size_t end) {
        const double m = static_cast<double>(end - begin);
        switch (data_.level) {
        case Level::Nominal: return nominal(begin, end, m);
        case Level::Ordinal:
        case Level::Interval: return squaredDifferences(begin, end, m);
        case Level::Ratio: return ratioPairs(begin, end, m);
        }
        return 0.0;
    }

private:
    // Ordered disagreeing pairs = m² - sum of squared category counts within the unit.
    double nominal(std::size_t begin, std::size_t end, double m) {
        double sameSquares = 0.0;
        for (std::size_t i = begin; i < end; ++i) sameSquares += 2.0 * counts_[data_.codeOf[i]]++ + 1.0;
        for (std::size_t i = begin; i < end; ++i) counts_[data_.codeOf[i]] = 0;
        return (m * m - sameSquares) / (m - 1.0);
    }

    // sum_{i != j} (x_i - x_j)² = 2 m sum (x_i - mean)²; centring keeps it exact for large values.
    double squaredDifferences(std::size_t begin, std::size_t end, double m) const {
        double sum = 0.0;
        for (std::size_t i = begin; i < end; ++i) sum += position_[data_.codeOf[i]];
        const double mean = sum / m;
        double squares = 0.0;
        for (std::size_t i = begin; i < end; ++i) {
            const double d = position_[data_.codeOf[i]] - mean;
            squares += d * d;
        }
        return 2.0 * m * squares / (m - 1.0);
    }

    double ratioPairs(std::size_t begin, std::size_t end, double m) const {
        double total = 0.0;
        for (std::size_t i = begin; i < end; ++i)
            for (std::size_t j = i + 1; j < end; ++j)
                total += 2.0 * detail::ratioDelta2(position_[data_.codeOf[i]], position_[data_.codeOf[j]]);
        return total / (m - 1.0);
    }

    const ReliabilityData& data_;
    const std::vector<double>& position_;
    std::vector<std::uint32_t> counts_;
};

// Sum over c, k of n_c n_k delta²_ck, from the category totals alone.
double expectedPairSum(Level level, const std::vector<double>& totals, const std::vector<double>& position, double n) {
    switch (level) {
    case Level::Nominal: {
        double squares = 0.0;
        for (double t : totals) squares += t * t;
        return n * n - squares;
    }
    case Level::Ordinal:
    case Level::Interval: {
        double weighted = 0.0;
        for (std::size_t c = 0; c < totals.size(); ++c) weighted += totals[c] * position[c];
        const double mean = weighted / n;
        double squares = 0.0;
        for (std::size_t c = 0; c < totals.size(); ++c) squares += totals[c] * (position[c] - mean) * (position[c] - mean);
        return 2.0 * n * squares;
    }
    case Level::Ratio: {
        double total = 0.0;
        for (std::size_t c = 0; c < totals.size(); ++c) {
            if (totals[c] == 0) continue;
            for (std::size_t k = c + 1; k < totals.size(); ++k)
                total += 2.0 * totals[c] * totals[k] * detail::ratioDelta2(position[c], position[k]);
        }
        return total;
    }
    }
    return 0.0;
}

}  // namespace

AlphaResult krippendorffAlpha(const ReliabilityData& data) {
    AlphaResult result;
    std::vector<double> totals = detail::pairableTotals(data, result.pairableValues, result.pairableUnits);
    const double n = static_cast<double>(result.pairableValues);
    if (result.pairableValues == 0) {
        result.undefinedReason = "no pairable unit: every unit has fewer than two ratings";
        return result;
    }
    std::size_t distinct = 0;
    for (double t : totals) distinct += t > 0 ? 1 : 0;
    if (distinct < 2) {
        result.undefinedReason =
            "expected disagreement is zero: every pairable value is the same, so alpha is undefined";
        return result;
    }
    const std::vector<double> position = detail::metricPositions(data, totals);
    ObservedDisagreement observed(data, position);
    double observedSum = 0.0;
    for (std::size_t u = 0; u < data.unitCount(); ++u) {
        if (data.ratingsOf(u) < 2) continue;
        observedSum += observed.ofUnit(data.unitStart[u], data.unitStart[u + 1]);
    }
    result.observedDisagreement = observedSum / n;
    result.expectedDisagreement = expectedPairSum(data.level, totals, position, n) / (n * (n - 1.0));
    result.alpha = 1.0 - result.observedDisagreement / result.expectedDisagreement;
    return result;
}

}  // namespace concord::agreement
