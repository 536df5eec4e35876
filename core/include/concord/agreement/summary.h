#pragma once
// One statistic over one set of ratings, as the concord-agree CLI prints it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "concord/agreement/kappa.h"
#include "concord/agreement/level.h"
#include "concord/agreement/rating.h"
#include "concord/core/json.h"

namespace concord::agreement {

enum class Metric { Alpha, Fleiss, Cohen, Scott, Ac1, Percent, SpanF1 };
std::optional<Metric> parseMetric(const std::string& text);
std::string metricName(Metric metric);

struct SummaryOptions {
    Metric metric = Metric::Alpha;
    Level level = Level::Nominal;
    KappaWeights weights = KappaWeights::None;
    std::vector<std::string> categories;  // explicit ordered set; empty = values seen
    std::size_t bootstrapResamples = 0;   // 0 = no interval
    std::uint64_t seed = 0;
    std::vector<double> minimums{0.667, 0.800};  // p(alpha < minimum) with the interval
    // span-f1 only
    bool spanOverlap = false;        // false: exact boundaries; true: any overlap
    bool spanRequireLabel = true;
};

// {"<metric>": value or null, "n_units", "n_coders", "n_pairable", ["undefined_reason"],
//  ["ci_low", "ci_high", "p_below"], "warnings": [...]}. Throws AgreementError on bad input.
Json summarize(const std::vector<Rating>& ratings, const SummaryOptions& options);

}  // namespace concord::agreement
