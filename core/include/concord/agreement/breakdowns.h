#pragma once
// Where agreement is weak: per label, per coder pair, per coder against gold or adjudicated
// answers, per specialty. Each returns JSON in the shape docs/agreement.md describes.
#include <string>
#include <unordered_map>
#include <vector>

#include "concord/agreement/rating.h"
#include "concord/agreement/reliability_data.h"
#include "concord/core/json.h"

namespace concord::agreement {

struct UnitMetadata {
    std::string specialty;
    bool isGold = false;
    Json gold;         // null when none
    Json adjudicated;  // null when none
};

// Unit id -> metadata, from the first rating of each unit that carries each piece.
std::unordered_map<std::string, UnitMetadata> collectUnitMetadata(const std::vector<Rating>& ratings);

// One label against the rest: [{"label", "prevalence", "alpha", ...}], categorical data only.
Json perLabelBreakdown(const ReliabilityData& data);

// {"coders": [...], "alpha": [[...]], "percent": [[...]], "n_units": [[...]]}; the diagonal and
// pairs without a shared unit are null.
Json pairMatrix(const ReliabilityData& data);

enum class Reference { Gold, Adjudicated };

// [{"coder", "n_units", "agreement", "alpha", ["mean_absolute_difference"]}] for each coder
// with at least one unit that has the reference answer. Ratings must be scalar.
Json versusReference(const std::vector<Rating>& ratings, const std::unordered_map<std::string, UnitMetadata>& metadata,
                     Reference reference, const EncodeOptions& options);

// [{"specialty", "n_units", "n_pairable_units", "alpha", ...}] in specialty order; units
// without a specialty are grouped under "".
Json perSpecialty(const ReliabilityData& data, const std::unordered_map<std::string, UnitMetadata>& metadata);

// The same data restricted to the units where keep[u] is true.
ReliabilityData subsetUnits(const ReliabilityData& data, const std::vector<char>& keep);

}  // namespace concord::agreement
