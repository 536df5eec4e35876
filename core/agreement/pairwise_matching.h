#pragma once
// Groups list-valued ratings by unit and accumulates a matcher over every pair of annotators.
#include <string>
#include <unordered_map>
#include <vector>

#include "concord/agreement/agreement_error.h"
#include "concord/agreement/match_counts.h"
#include "concord/agreement/rating.h"

namespace concord::agreement::detail {

template <typename Item, typename Parse, typename Match>
PairwiseMatchResult pairwiseMatching(const std::vector<Rating>& ratings, Parse parse, Match match) {
    std::unordered_map<std::string, std::size_t> unitIndex;
    std::unordered_map<std::string, std::size_t> coderIndex;
    std::vector<std::string> coders;
    struct Annotation {
        std::size_t coder;
        std::vector<Item> items;
    };
    std::vector<std::vector<Annotation>> byUnit;
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        const Rating& r = ratings[i];
        auto [unit, newUnit] = unitIndex.try_emplace(r.unit, byUnit.size());
        if (newUnit) byUnit.emplace_back();
        auto [coder, newCoder] = coderIndex.try_emplace(r.coder, coders.size());
        if (newCoder) coders.push_back(r.coder);
        if (r.value.is_null()) continue;
        for (const auto& existing : byUnit[unit->second])
            if (existing.coder == coder->second)
                throw AgreementError("coder \"" + r.coder + "\" annotates unit \"" + r.unit + "\" more than once", i);
        try {
            byUnit[unit->second].push_back({coder->second, parse(r.value)});
        } catch (const AgreementError& error) {
            throw AgreementError(error.what(), i);
        }
    }
    PairwiseMatchResult result;
    result.coders = coders.size();
    result.unitsSeen = byUnit.size();
    std::unordered_map<std::size_t, std::size_t> pairIndex;  // a * coders + b -> position in pairs
    for (const auto& annotations : byUnit) {
        if (annotations.size() < 2) continue;
        ++result.units;
        for (std::size_t i = 0; i < annotations.size(); ++i)
            for (std::size_t j = i + 1; j < annotations.size(); ++j) {
                const Annotation* a = &annotations[i];
                const Annotation* b = &annotations[j];
                if (a->coder > b->coder) std::swap(a, b);
                const MatchCounts counts = match(a->items, b->items);
                auto [at, inserted] = pairIndex.try_emplace(a->coder * coders.size() + b->coder, result.pairs.size());
                if (inserted) result.pairs.push_back({coders[a->coder], coders[b->coder], 0, {}});
                result.pairs[at->second].units += 1;
                result.pairs[at->second].counts += counts;
                result.total += counts;
            }
    }
    return result;
}

}  // namespace concord::agreement::detail
