#include "concord/agreement/warnings.h"

#include <cmath>
#include <cstdio>

#include "concord/agreement/kappa.h"
#include "difference.h"

namespace concord::agreement {
namespace {

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%"; }

std::string threeDecimals(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

void fewUnits(std::vector<AgreementWarning>& warnings, std::size_t units, const WarningOptions& options) {
    if (units >= options.minPairableUnits) return;
    warnings.push_back({"few_pairable_units", "only " + std::to_string(units) + " pairable units (fewer than " +
                                                  std::to_string(options.minPairableUnits) +
                                                  "): the figure is unstable; have more units rated by two or more coders"});
}

}  // namespace

std::vector<AgreementWarning> reliabilityWarnings(const ReliabilityData& data, const WarningOptions& options) {
    std::vector<AgreementWarning> warnings;
    std::size_t values = 0;
    std::size_t units = 0;
    const std::vector<double> totals = detail::pairableTotals(data, values, units);
    fewUnits(warnings, units, options);

    // The prevalence paradox concerns categories; at numeric levels one value dominating is rare
    // and means something else, so only categorical levels are checked.
    if (!isNumericLevel(data.level) && values > 0) {
        std::size_t top = 0;
        for (std::size_t c = 1; c < totals.size(); ++c)
            if (totals[c] > totals[top]) top = c;
        const double share = totals[top] / static_cast<double>(values);
        if (share >= options.dominantShare && share < 1.0) {
            StatisticResult ac1 = gwetAc1(data);
            warnings.push_back({"dominant_label", "label \"" + data.categories[top] + "\" makes up " + percent(share) +
                                                      " of pairable values: kappa and alpha can be low despite high raw "
                                                      "agreement (prevalence paradox); read Gwet's AC1" +
                                                      (ac1.value ? " (" + threeDecimals(*ac1.value) + ")" : std::string()) +
                                                      " beside them"});
        }
    }

    std::vector<std::size_t> pairableOfCoder(data.coderIds.size(), 0);
    for (std::size_t u = 0; u < data.unitCount(); ++u) {
        if (data.ratingsOf(u) < 2) continue;
        for (std::size_t i = data.unitStart[u]; i < data.unitStart[u + 1]; ++i) ++pairableOfCoder[data.coderOf[i]];
    }
    for (std::size_t c = 0; c < data.coderIds.size(); ++c) {
        if (pairableOfCoder[c] >= options.minRatingsPerCoder) continue;
        warnings.push_back({"sparse_coder", "coder \"" + data.coderIds[c] + "\" has only " + std::to_string(pairableOfCoder[c]) +
                                                " pairable ratings (fewer than " + std::to_string(options.minRatingsPerCoder) +
                                                "): too few to judge this coder"});
    }
    return warnings;
}

std::vector<AgreementWarning> matchingWarnings(std::size_t unitsWithPairs, const WarningOptions& options) {
    std::vector<AgreementWarning> warnings;
    fewUnits(warnings, unitsWithPairs, options);
    return warnings;
}

Json warningsToJson(const std::vector<AgreementWarning>& warnings) {
    Json out = Json::array();
    for (const auto& w : warnings) out.push_back({{"code", w.code}, {"message", w.message}});
    return out;
}

}  // namespace concord::agreement
