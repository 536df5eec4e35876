#pragma once
// How figures are written into agreement JSON, shared by the CLI summary and the field report.
#include <cstdio>
#include <optional>
#include <string>

#include "concord/core/json.h"

namespace concord::agreement::detail {

// An undefined statistic is null (a reason is written beside it), never NaN.
inline Json orNull(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

// Key of p(alpha < minimum): "0.667", "0.800".
inline std::string minimumKey(double minimum) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", minimum);
    return text;
}

}  // namespace concord::agreement::detail
