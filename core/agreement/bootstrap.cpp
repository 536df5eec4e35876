#include "concord/agreement/bootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_map>

#include "concord/agreement/alpha.h"
#include "difference.h"

namespace concord::agreement {
namespace {

// One cell of the coincidence matrix, with (c, k) and (k, c) folded together.
struct Cell {
    double delta2;
    double weight;  // share of the n pairable values: o_ck / n (+ o_kc / n)
};

std::vector<Cell> coincidenceCells(const ReliabilityData& data, const std::vector<double>& position, double n) {
    std::unordered_map<std::uint64_t, double> cells;
    for (std::size_t u = 0; u < data.unitCount(); ++u) {
        const std::size_t m = data.ratingsOf(u);
        if (m < 2) continue;
        const double perPair = 2.0 / static_cast<double>(m - 1);  // both orders of the pair
        for (std::size_t i = data.unitStart[u]; i < data.unitStart[u + 1]; ++i)
            for (std::size_t j = i + 1; j < data.unitStart[u + 1]; ++j) {
                std::uint64_t a = data.codeOf[i];
                std::uint64_t b = data.codeOf[j];
                if (a > b) std::swap(a, b);
                cells[(a << 32) | b] += perPair;
            }
    }
    // Only delta² matters to Do, so cells with equal delta² merge exactly; on data with
    // repeating values (scales, rounded numbers) this leaves few cells whatever n is.
    std::vector<Cell> byKey;
    byKey.reserve(cells.size());
    for (const auto& [key, o] : cells) {
        const std::size_t a = key >> 32;
        const std::size_t b = key & 0xffffffffu;
        byKey.push_back({detail::delta2(data.level, position[a], position[b], a, b), o / n});
    }
    // Hash order is not portable: sort so a seed gives the same draws everywhere.
    std::sort(byKey.begin(), byKey.end(),
              [](const Cell& x, const Cell& y) { return x.delta2 != y.delta2 ? x.delta2 < y.delta2 : x.weight < y.weight; });
    std::vector<Cell> merged;
    for (const auto& cell : byKey) {
        if (!merged.empty() && merged.back().delta2 == cell.delta2) merged.back().weight += cell.weight;
        else merged.push_back(cell);
    }
    return merged;
}

// Cells (distinct delta²) above which the exact draw gives way to the normal limit of the mean.
constexpr double kExactWorkLimit = 5e4;

// Sum of delta² over M pairs drawn with replacement from the cells: one multinomial draw
// through conditional binomials, exact and O(cells).
double drawDisagreement(const std::vector<Cell>& cells, std::uint64_t pairs, std::mt19937_64& random) {
    double sum = 0.0;
    std::uint64_t remaining = pairs;
    double remainingWeight = 1.0;
    for (std::size_t c = 0; c + 1 < cells.size() && remaining > 0; ++c) {
        const double p = std::clamp(cells[c].weight / remainingWeight, 0.0, 1.0);
        std::binomial_distribution<std::uint64_t> binomial(remaining, p);
        const std::uint64_t drawn = binomial(random);
        sum += static_cast<double>(drawn) * cells[c].delta2;
        remaining -= drawn;
        remainingWeight -= cells[c].weight;
    }
    if (remaining > 0) sum += static_cast<double>(remaining) * cells.back().delta2;
    return sum;
}

}  // namespace

std::optional<BootstrapResult> bootstrapAlpha(const ReliabilityData& data, const BootstrapOptions& options) {
    const AlphaResult alpha = krippendorffAlpha(data);
    if (!alpha.alpha || options.resamples == 0) return std::nullopt;

    std::size_t values = 0;
    std::size_t units = 0;
    const std::vector<double> totals = detail::pairableTotals(data, values, units);
    const std::vector<double> position = detail::metricPositions(data, totals);
    const std::vector<Cell> cells = coincidenceCells(data, position, static_cast<double>(values));

    std::uint64_t pairs = 0;  // M: the number of pairs of values the data holds
    for (std::size_t u = 0; u < data.unitCount(); ++u) {
        const std::uint64_t m = data.ratingsOf(u);
        if (m >= 2) pairs += m * (m - 1) / 2;
    }

    const double pairCount = static_cast<double>(pairs);
    // Cells never outnumber pairs, so past the limit M > 50,000 and the mean of M iid draws
    // is, by the central limit theorem, normal with the cells' mean and variance / M.
    const bool normalLimit = static_cast<double>(cells.size()) > kExactWorkLimit;

    std::mt19937_64 random(options.seed);
    double mean = 0.0;
    double square = 0.0;
    for (const auto& cell : cells) {
        mean += cell.weight * cell.delta2;
        square += cell.weight * cell.delta2 * cell.delta2;
    }
    std::normal_distribution<double> meanOfDraws(mean, std::sqrt(std::max(0.0, square - mean * mean) / pairCount));

    std::vector<double> alphas(options.resamples);
    const double expected = alpha.expectedDisagreement;
    for (auto& a : alphas) {
        const double observed = normalLimit ? meanOfDraws(random) : drawDisagreement(cells, pairs, random) / pairCount;
        a = 1.0 - observed / expected;
    }
    std::sort(alphas.begin(), alphas.end());

    BootstrapResult result;
    result.resamples = options.resamples;
    result.pairsPerResample = pairs;
    result.confidence = options.confidence;
    const double tail = (1.0 - options.confidence) / 2.0;
    const double last = static_cast<double>(alphas.size() - 1);
    result.ciLow = alphas[static_cast<std::size_t>(std::floor(tail * last))];
    result.ciHigh = alphas[static_cast<std::size_t>(std::ceil((1.0 - tail) * last))];
    for (double minimum : options.minimums) {
        const auto below = std::lower_bound(alphas.begin(), alphas.end(), minimum) - alphas.begin();
        result.probabilityBelow.emplace_back(minimum, static_cast<double>(below) / static_cast<double>(alphas.size()));
    }
    return result;
}

}  // namespace concord::agreement
