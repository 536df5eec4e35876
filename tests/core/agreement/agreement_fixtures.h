#pragma once
// Builders for reliability data in the layouts the published examples use.
#include <string>
#include <utility>
#include <vector>

#include "concord/agreement/rating.h"

namespace concord::agreement::fixtures {

// Text "." is a missing rating; text that reads as a whole number becomes a JSON number.
inline Json cell(const std::string& text) {
    if (text == ".") return Json(nullptr);
    if (!text.empty() && text.find_first_not_of("-0123456789") == std::string::npos) return Json(std::stoll(text));
    return Json(text);
}

// Krippendorff's layout: one row per coder, one column per unit ("u1", "u2", ...).
inline std::vector<Rating> fromCoderRows(const std::vector<std::pair<std::string, std::vector<std::string>>>& rows) {
    std::vector<Rating> ratings;
    for (const auto& [coder, values] : rows)
        for (std::size_t u = 0; u < values.size(); ++u) ratings.push_back({"u" + std::to_string(u + 1), coder, cell(values[u])});
    return ratings;
}

// Fleiss' layout: one row per unit, one column per rating (coders "r1", "r2", ... in order).
inline std::vector<Rating> fromUnitRows(const std::vector<std::vector<std::string>>& rows) {
    std::vector<Rating> ratings;
    for (std::size_t u = 0; u < rows.size(); ++u)
        for (std::size_t r = 0; r < rows[u].size(); ++r)
            ratings.push_back({"u" + std::to_string(u + 1), "r" + std::to_string(r + 1), cell(rows[u][r])});
    return ratings;
}

// A unit-by-category count table (Fleiss 1971, Wikipedia): counts[u][k] raters chose category k.
inline std::vector<Rating> fromCountTable(const std::vector<std::vector<int>>& counts) {
    std::vector<Rating> ratings;
    for (std::size_t u = 0; u < counts.size(); ++u) {
        int rater = 0;
        for (std::size_t k = 0; k < counts[u].size(); ++k)
            for (int i = 0; i < counts[u][k]; ++i)
                ratings.push_back({"u" + std::to_string(u + 1), "r" + std::to_string(++rater), Json("c" + std::to_string(k + 1))});
    }
    return ratings;
}

// A two-coder confusion table: table[a][b] units where coder A chose labels[a] and B labels[b].
inline std::vector<Rating> fromConfusionTable(const std::vector<std::vector<int>>& table, const std::vector<std::string>& labels) {
    std::vector<Rating> ratings;
    int unit = 0;
    for (std::size_t a = 0; a < table.size(); ++a)
        for (std::size_t b = 0; b < table[a].size(); ++b)
            for (int i = 0; i < table[a][b]; ++i) {
                const std::string id = "u" + std::to_string(++unit);
                ratings.push_back({id, "A", cell(labels[a])});
                ratings.push_back({id, "B", cell(labels[b])});
            }
    return ratings;
}

}  // namespace concord::agreement::fixtures
