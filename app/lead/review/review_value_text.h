#pragma once
// One field's value as a data lead reads it in the side-by-side table: choices by label,
// multi-choice as a list, preferences in source order ("A (strength 2/3)"), spans as quoted note
// text, rubric grades as met/unmet per criterion. Plain functions, so they are tested directly.
#include <QString>

#include "concord/core/json.h"
#include "concord/schema/annotation_schema.h"
#include "lead/review/review_case.h"

namespace concord::app {

/// `value` must already be in source order (ReviewAnnotation::sourcePayload). Null → "—".
QString reviewValueText(const FieldSpec& field, const Json& value, const ReviewCase& data);

}  // namespace concord::app
