#pragma once
// Ratings encoded for counting: dense unit, coder and category indices, grouped by unit.
// Every statistic works on this form, so ids and JSON are handled once.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "concord/agreement/level.h"
#include "concord/agreement/rating.h"

namespace concord::agreement {

struct EncodeOptions {
    Level level = Level::Nominal;
    // Explicit ordered category set, values written as in the data ("1", "2", "absent").
    // Empty: the categories are the values seen. Order matters for ordinal data and weighted kappa.
    std::vector<std::string> categories;
    // Weighted kappa needs an order even at the nominal level.
    bool requireOrder = false;
};

struct ReliabilityData {
    Level level = Level::Nominal;
    std::vector<std::string> unitIds;   // every unit seen, also units whose ratings are all missing
    std::vector<std::string> coderIds;  // every coder seen
    std::vector<std::string> categories;  // category text by code, in category order
    std::vector<double> numbers;          // numeric value by code (interval, ratio; NaN otherwise)

    // One entry per non-missing rating, grouped by unit: the ratings of unit u are the
    // positions [unitStart[u], unitStart[u + 1]).
    std::vector<std::size_t> unitStart;
    std::vector<std::uint32_t> coderOf;
    std::vector<std::uint32_t> codeOf;
    std::vector<std::size_t> sourceIndex;  // position of the rating in the input

    std::size_t unitCount() const { return unitIds.size(); }
    std::size_t ratingsOf(std::size_t unit) const { return unitStart[unit + 1] - unitStart[unit]; }
    std::size_t valueCount() const { return codeOf.size(); }
};

// Text of a scalar value as categories are written ("3", "2.5", "yes", "true"); throws
// AgreementError for lists and objects. Integral floating values print as integers.
std::string categoryText(const Json& value);

// Throws AgreementError (with the rating's index) for values the level cannot use, a value
// outside the explicit category set, or a coder rating the same unit twice.
ReliabilityData encodeRatings(const std::vector<Rating>& ratings, const EncodeOptions& options);

// Builds encoded data straight from (unit, coder, value text) triples; used by breakdowns and
// tests that already hold text values. Values equal to "" are missing.
struct TextRating {
    std::string unit;
    std::string coder;
    std::string value;
};
ReliabilityData encodeTextRatings(const std::vector<TextRating>& ratings, const EncodeOptions& options);

}  // namespace concord::agreement
