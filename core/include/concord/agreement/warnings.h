#pragma once
// What a data lead should know before trusting an agreement figure.
#include <cstddef>
#include <string>
#include <vector>

#include "concord/agreement/reliability_data.h"
#include "concord/core/json.h"

namespace concord::agreement {

struct WarningOptions {
    std::size_t minPairableUnits = 30;    // below this, the figure swings with a handful of units
    double dominantShare = 0.90;          // a label this common makes kappa and alpha collapse
    std::size_t minRatingsPerCoder = 10;  // below this, a coder's own agreement cannot be judged
};

struct AgreementWarning {
    std::string code;  // few_pairable_units, dominant_label, sparse_coder, few_units
    std::string message;
};

// For categorical or numeric reliability data.
std::vector<AgreementWarning> reliabilityWarnings(const ReliabilityData& data, const WarningOptions& options = {});

// For list-valued fields (spans, regions), where only the unit count applies.
std::vector<AgreementWarning> matchingWarnings(std::size_t unitsWithPairs, const WarningOptions& options = {});

Json warningsToJson(const std::vector<AgreementWarning>& warnings);

}  // namespace concord::agreement
