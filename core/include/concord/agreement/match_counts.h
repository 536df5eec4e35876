#pragma once
// Counts behind a pairwise F1: items matched one-to-one between two annotators, and how many
// each annotator marked. F1 = 2 matched / (first + second), symmetric in the two annotators.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace concord::agreement {

struct MatchCounts {
    std::size_t matched = 0;
    std::size_t first = 0;   // items of the first annotator
    std::size_t second = 0;  // items of the second annotator

    // Empty when neither annotator marked anything: agreement on nothing is not a figure.
    std::optional<double> f1() const {
        if (first + second == 0) return std::nullopt;
        return 2.0 * static_cast<double>(matched) / static_cast<double>(first + second);
    }
    MatchCounts& operator+=(const MatchCounts& other) {
        matched += other.matched;
        first += other.first;
        second += other.second;
        return *this;
    }
};

struct PairMatch {
    std::string coderA;
    std::string coderB;
    std::size_t units = 0;  // units both annotated
    MatchCounts counts;
};

// Micro-averaged over every pair of annotators on every unit they both annotated.
struct PairwiseMatchResult {
    MatchCounts total;
    std::vector<PairMatch> pairs;  // coders in first-seen order, coderA before coderB
    std::size_t units = 0;         // units with at least two annotators
    std::size_t coders = 0;
    std::size_t unitsSeen = 0;
};

// Largest one-to-one matching between items 0..first-1 and 0..second-1 where compatible(i, j);
// the maximum is unique in size, so the count is the same whichever side comes first.
template <typename Compatible>
std::size_t maximumMatching(std::size_t first, std::size_t second, Compatible compatible);

}  // namespace concord::agreement

#include "concord/agreement/match_counts_impl.h"
