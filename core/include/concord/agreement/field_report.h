#pragma once
// The one entry point for the server: everything a data lead needs about agreement on one
// annotation field, as JSON (shape in docs/agreement.md).
#include <cstdint>
#include <string>
#include <vector>

#include "concord/agreement/field_kind.h"
#include "concord/agreement/rating.h"
#include "concord/agreement/region_agreement.h"
#include "concord/agreement/span_agreement.h"
#include "concord/agreement/warnings.h"
#include "concord/core/json.h"

namespace concord::agreement {

struct ReportOptions {
    FieldKind kind = FieldKind::SingleChoice;
    bool zeroIsMeaningful = false;  // number fields: ratio level instead of interval
    // Ordered category set: choice labels, scale points, preference answers, rubric grades
    // (values as written in the data). Empty: the values seen. Ordinal text scales need it.
    std::vector<std::string> categories;
    std::size_t bootstrapResamples = 1000;  // 0: no interval
    std::uint64_t seed = 0;
    double confidence = 0.95;
    std::vector<double> minimums{0.667, 0.800};  // p(alpha < minimum) for each
    SpanMatchOptions spans{SpanMatching::Overlap, true};
    RegionMatchOptions regions;
    WarningOptions warnings;
};

// Throws AgreementError (with the offending rating's index when there is one) for values the
// field kind cannot use. Undefined statistics are null with an "undefined_reason".
Json fieldReport(const std::vector<Rating>& ratings, const ReportOptions& options);

}  // namespace concord::agreement
