#pragma once
// Agreement between annotators on image regions: pairwise F1 of boxes matched one-to-one
// when their intersection over union reaches a threshold.
#include <string>
#include <vector>

#include "concord/agreement/match_counts.h"
#include "concord/agreement/rating.h"

namespace concord::agreement {

struct Region {
    double x = 0.0;  // left, top, width, height in image pixels (any one unit per image)
    double y = 0.0;
    double width = 0.0;
    double height = 0.0;
    std::string label;
};

struct RegionMatchOptions {
    double iouThreshold = 0.5;  // a pair matches when IoU >= threshold
    bool requireSameLabel = true;
};

double intersectionOverUnion(const Region& a, const Region& b);

MatchCounts matchRegions(const std::vector<Region>& first, const std::vector<Region>& second, const RegionMatchOptions& options);

// A rating's value: a list of {"x", "y", "width", "height", "label"}; throws AgreementError.
std::vector<Region> regionsFromJson(const Json& value);

PairwiseMatchResult pairwiseRegionF1(const std::vector<Rating>& ratings, const RegionMatchOptions& options);

}  // namespace concord::agreement
