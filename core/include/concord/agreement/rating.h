#pragma once
// One coder's answer for one unit, as the server and the CLI hand it to the statistics.
#include <string>
#include <utility>

#include "concord/core/json.h"

namespace concord::agreement {

struct Rating {
    Rating() = default;
    Rating(std::string unitId, std::string coderId, Json ratingValue)
        : unit(std::move(unitId)), coder(std::move(coderId)), value(std::move(ratingValue)) {}

    std::string unit;
    std::string coder;
    // A string, number or bool for scalar fields; a list for multi-choice, spans and regions;
    // an object {criterion: value} for rubric grading. null means "not rated" (missing).
    Json value;

    // Unit metadata. It describes the unit, so any rating of the unit may carry it; the first
    // non-empty one seen for a unit is used.
    std::string specialty;
    bool isGold = false;
    Json goldValue;         // the gold answer of a gold unit, null when none
    Json adjudicatedValue;  // the adjudicated answer, null when not adjudicated
};

}  // namespace concord::agreement
