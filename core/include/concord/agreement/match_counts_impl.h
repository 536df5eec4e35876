#pragma once
// Kuhn's augmenting-path matching; annotations per unit are small, so O(V * E) is plenty.
#include <algorithm>
#include <vector>

namespace concord::agreement {
namespace detail {

template <typename Compatible>
bool augment(std::size_t i, std::size_t second, Compatible& compatible, std::vector<char>& visited,
             std::vector<std::size_t>& partnerOfSecond) {
    for (std::size_t j = 0; j < second; ++j) {
        if (visited[j] || !compatible(i, j)) continue;
        visited[j] = 1;
        if (partnerOfSecond[j] == static_cast<std::size_t>(-1) ||
            augment(partnerOfSecond[j], second, compatible, visited, partnerOfSecond)) {
            partnerOfSecond[j] = i;
            return true;
        }
    }
    return false;
}

}  // namespace detail

template <typename Compatible>
std::size_t maximumMatching(std::size_t first, std::size_t second, Compatible compatible) {
    std::vector<std::size_t> partnerOfSecond(second, static_cast<std::size_t>(-1));
    std::vector<char> visited(second);
    std::size_t matched = 0;
    for (std::size_t i = 0; i < first; ++i) {
        std::fill(visited.begin(), visited.end(), 0);
        if (detail::augment(i, second, compatible, visited, partnerOfSecond)) ++matched;
    }
    return matched;
}

}  // namespace concord::agreement
