#include "concord/agreement/kappa.h"

#include <cmath>
#include <cstdlib>
#include <vector>

#include "concord/agreement/agreement_error.h"

namespace concord::agreement {
namespace {

constexpr std::uint32_t kMissing = 0xffffffffu;

// The two coders' values per unit (kMissing where one did not rate).
struct TwoCoderTable {
    std::vector<std::vector<double>> counts;  // counts[a][b], units rated by both
    double units = 0.0;
};

TwoCoderTable twoCoderTable(const ReliabilityData& data, const char* statistic) {
    if (data.coderIds.size() != 2) {
        throw AgreementError(std::string(statistic) + " compares exactly two coders; the data has " +
                             std::to_string(data.coderIds.size()));
    }
    const std::size_t k = data.categories.size();
    TwoCoderTable table;
    table.counts.assign(k, std::vector<double>(k, 0.0));
    for (std::size_t u = 0; u < data.unitCount(); ++u) {
        std::uint32_t value[2] = {kMissing, kMissing};
        for (std::size_t i = data.unitStart[u]; i < data.unitStart[u + 1]; ++i) value[data.coderOf[i]] = data.codeOf[i];
        if (value[0] == kMissing || value[1] == kMissing) continue;
        table.counts[value[0]][value[1]] += 1.0;
        table.units += 1.0;
    }
    return table;
}

StatisticResult chanceCorrected(double observed, double chance, std::size_t units, const char* noUnits) {
    StatisticResult result;
    result.observedAgreement = observed;
    result.chanceAgreement = chance;
    result.unitsUsed = units;
    if (units == 0) {
        result.undefinedReason = noUnits;
    } else if (std::fabs(1.0 - chance) < 1e-12) {
        result.undefinedReason = "chance agreement is 1 (every rating is the same category), so the statistic is undefined";
    } else {
        result.value = (observed - chance) / (1.0 - chance);
    }
    return result;
}

// Per pairable unit: sum_k r_k (r_k - 1) / (r (r - 1)), the share of agreeing ordered pairs.
template <typename PerUnit>
void forEachPairableUnit(const ReliabilityData& data, PerUnit perUnit) {
    std::vector<double> counts(data.categories.size(), 0.0);
    for (std::size_t u = 0; u < data.unitCount(); ++u) {
        const std::size_t m = data.ratingsOf(u);
        if (m < 2) continue;
        for (std::size_t i = data.unitStart[u]; i < data.unitStart[u + 1]; ++i) counts[data.codeOf[i]] += 1.0;
        double agreeing = 0.0;
        for (std::size_t i = data.unitStart[u]; i < data.unitStart[u + 1]; ++i) {
            double& r = counts[data.codeOf[i]];
            if (r > 0) agreeing += r * (r - 1.0);
            r = 0.0;  // counted once per category, and reset for the next unit
        }
        const double md = static_cast<double>(m);
        perUnit(u, agreeing / (md * (md - 1.0)));
    }
}

}  // namespace

std::optional<KappaWeights> parseKappaWeights(const std::string& text) {
    if (text == "none") return KappaWeights::None;
    if (text == "linear") return KappaWeights::Linear;
    if (text == "quadratic") return KappaWeights::Quadratic;
    return std::nullopt;
}

StatisticResult fleissKappa(const ReliabilityData& data) {
    std::size_t raters = 0;
    std::size_t units = 0;
    double agreement = 0.0;
    std::vector<double> totals(data.categories.size(), 0.0);
    forEachPairableUnit(data, [&](std::size_t u, double share) {
        const std::size_t m = data.ratingsOf(u);
        if (raters == 0) raters = m;
        if (m != raters) {
            throw AgreementError("Fleiss' kappa needs the same number of ratings in every unit; unit \"" +
                                 data.unitIds[u] + "\" has " + std::to_string(m) + ", earlier units " +
                                 std::to_string(raters) + " (alpha allows missing ratings)");
        }
        ++units;
        agreement += share;
        for (std::size_t i = data.unitStart[u]; i < data.unitStart[u + 1]; ++i) totals[data.codeOf[i]] += 1.0;
    });
    double chance = 0.0;
    const double values = static_cast<double>(units * raters);
    for (double t : totals) chance += (t / values) * (t / values);
    return chanceCorrected(units ? agreement / static_cast<double>(units) : 0.0, chance, units,
                           "no pairable unit: every unit has fewer than two ratings");
}

StatisticResult cohenKappa(const ReliabilityData& data, KappaWeights weights) {
    TwoCoderTable table = twoCoderTable(data, "Cohen's kappa");
    const std::size_t k = data.categories.size();
    auto disagreement = [&](std::size_t a, std::size_t b) {
        const double d = std::fabs(static_cast<double>(a) - static_cast<double>(b));
        switch (weights) {
        case KappaWeights::None: return a == b ? 0.0 : 1.0;
        case KappaWeights::Linear: return d;
        case KappaWeights::Quadratic: return d * d;
        }
        return 0.0;
    };
    std::vector<double> rows(k, 0.0);
    std::vector<double> cols(k, 0.0);
    for (std::size_t a = 0; a < k; ++a)
        for (std::size_t b = 0; b < k; ++b) {
            rows[a] += table.counts[a][b];
            cols[b] += table.counts[a][b];
        }
    double observed = 0.0;
    double expected = 0.0;
    double maxWeight = 0.0;
    for (std::size_t a = 0; a < k; ++a)
        for (std::size_t b = 0; b < k; ++b) {
            const double w = disagreement(a, b);
            maxWeight = std::max(maxWeight, w);
            observed += w * table.counts[a][b];
            expected += w * rows[a] * cols[b];
        }
    // Expressed as agreements scaled to [0, 1] so p_o and p_e read as for unweighted kappa.
    const double n = table.units;
    const std::size_t used = static_cast<std::size_t>(n);
    if (n == 0 || maxWeight == 0) return chanceCorrected(0.0, 1.0, n == 0 ? 0 : used, "no unit rated by both coders");
    const double po = 1.0 - observed / (n * maxWeight);
    const double pe = 1.0 - expected / (n * n * maxWeight);
    return chanceCorrected(po, pe, used, "no unit rated by both coders");
}

StatisticResult scottPi(const ReliabilityData& data) {
    TwoCoderTable table = twoCoderTable(data, "Scott's pi");
    const std::size_t k = data.categories.size();
    std::vector<double> pooled(k, 0.0);
    double agree = 0.0;
    for (std::size_t a = 0; a < k; ++a) {
        agree += table.counts[a][a];
        for (std::size_t b = 0; b < k; ++b) {
            pooled[a] += table.counts[a][b];
            pooled[b] += table.counts[a][b];
        }
    }
    const double n = table.units;
    double chance = 0.0;
    for (double p : pooled) chance += n > 0 ? (p / (2 * n)) * (p / (2 * n)) : 0.0;
    return chanceCorrected(n > 0 ? agree / n : 0.0, chance, static_cast<std::size_t>(n), "no unit rated by both coders");
}

StatisticResult gwetAc1(const ReliabilityData& data) {
    const std::size_t q = data.categories.size();
    std::size_t units = 0;
    double agreement = 0.0;
    forEachPairableUnit(data, [&](std::size_t, double share) {
        ++units;
        agreement += share;
    });
    std::vector<double> classification(q, 0.0);
    double ratedUnits = 0.0;
    for (std::size_t u = 0; u < data.unitCount(); ++u) {
        const double m = static_cast<double>(data.ratingsOf(u));
        if (m == 0) continue;
        ratedUnits += 1.0;
        for (std::size_t i = data.unitStart[u]; i < data.unitStart[u + 1]; ++i) classification[data.codeOf[i]] += 1.0 / m;
    }
    if (q < 2) {
        StatisticResult result;
        result.unitsUsed = units;
        result.undefinedReason = "AC1 needs at least two categories";
        return result;
    }
    double chance = 0.0;
    for (double pi : classification) {
        const double p = pi / ratedUnits;
        chance += p * (1.0 - p);
    }
    chance /= static_cast<double>(q - 1);
    return chanceCorrected(units ? agreement / static_cast<double>(units) : 0.0, chance, units,
                           "no pairable unit: every unit has fewer than two ratings");
}

StatisticResult percentAgreement(const ReliabilityData& data) {
    StatisticResult result;
    double agreement = 0.0;
    forEachPairableUnit(data, [&](std::size_t, double share) {
        ++result.unitsUsed;
        agreement += share;
    });
    if (result.unitsUsed == 0) {
        result.undefinedReason = "no pairable unit: every unit has fewer than two ratings";
        return result;
    }
    result.observedAgreement = agreement / static_cast<double>(result.unitsUsed);
    result.value = result.observedAgreement;
    return result;
}

}  // namespace concord::agreement
