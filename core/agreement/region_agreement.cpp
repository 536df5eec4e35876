#include "concord/agreement/region_agreement.h"

#include <algorithm>
#include <cmath>

#include "concord/agreement/agreement_error.h"
#include "pairwise_matching.h"

namespace concord::agreement {

double intersectionOverUnion(const Region& a, const Region& b) {
    const double width = std::min(a.x + a.width, b.x + b.width) - std::max(a.x, b.x);
    const double height = std::min(a.y + a.height, b.y + b.height) - std::max(a.y, b.y);
    const double intersection = width > 0 && height > 0 ? width * height : 0.0;
    const double unionArea = a.width * a.height + b.width * b.height - intersection;
    return unionArea > 0 ? intersection / unionArea : 0.0;
}

MatchCounts matchRegions(const std::vector<Region>& first, const std::vector<Region>& second, const RegionMatchOptions& options) {
    auto compatible = [&](std::size_t i, std::size_t j) {
        if (options.requireSameLabel && first[i].label != second[j].label) return false;
        return intersectionOverUnion(first[i], second[j]) >= options.iouThreshold;
    };
    MatchCounts counts;
    counts.first = first.size();
    counts.second = second.size();
    counts.matched = maximumMatching(first.size(), second.size(), compatible);
    return counts;
}

std::vector<Region> regionsFromJson(const Json& value) {
    if (!value.is_array()) throw AgreementError("a region value must be a list of {\"x\", \"y\", \"width\", \"height\", \"label\"}");
    std::vector<Region> regions;
    for (const auto& item : value) {
        auto number = [&](const char* key) {
            if (!item.is_object() || !item.contains(key) || !item[key].is_number())
                throw AgreementError(std::string("a region needs a number \"") + key + "\": " + item.dump());
            return item[key].get<double>();
        };
        Region region{number("x"), number("y"), number("width"), number("height"), ""};
        if (!(region.width > 0) || !(region.height > 0)) throw AgreementError("a region needs a positive width and height: " + item.dump());
        if (auto label = item.find("label"); label != item.end() && label->is_string()) region.label = label->get<std::string>();
        regions.push_back(std::move(region));
    }
    return regions;
}

PairwiseMatchResult pairwiseRegionF1(const std::vector<Rating>& ratings, const RegionMatchOptions& options) {
    return detail::pairwiseMatching<Region>(ratings, regionsFromJson, [&](const std::vector<Region>& a, const std::vector<Region>& b) {
        return matchRegions(a, b, options);
    });
}

}  // namespace concord::agreement
