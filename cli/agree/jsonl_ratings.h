#pragma once
// Reads concord-agree's JSONL input: one rating object per line.
#include <istream>
#include <stdexcept>
#include <vector>

#include "concord/agreement/rating.h"

namespace concord::cli {

struct JsonlRatings {
    std::vector<agreement::Rating> ratings;
    std::vector<std::size_t> lineOf;  // 1-based input line of each rating
};

// Throws std::runtime_error "line N: <problem>" for a line that is not a rating object.
// Blank lines are skipped. expectedLines, when known, saves regrowing the vectors.
JsonlRatings readJsonlRatings(std::istream& in, std::size_t expectedLines = 0);

}  // namespace concord::cli
