#pragma once
// Which agreement statistic fits which kind of annotation field.
#include <optional>
#include <string>

#include "concord/agreement/level.h"

namespace concord::agreement {

enum class FieldKind {
    SingleChoice,   // nominal alpha
    MultiChoice,    // nominal alpha per label (present / absent), pooled over labels
    OrdinalScale,   // ordinal alpha
    Number,         // interval alpha (ratio when zero is meaningful)
    Spans,          // pairwise span F1
    Regions,        // pairwise IoU F1
    Preference,     // nominal alpha over the de-randomised answer (A better, B better, tie)
    RubricGrading,  // nominal alpha per criterion (met / unmet), pooled over criteria
};

// "single_choice", "multi_choice", "ordinal_scale", "number", "spans", "regions",
// "preference", "rubric_grading".
std::optional<FieldKind> parseFieldKind(const std::string& text);
std::string fieldKindName(FieldKind kind);

// The level alpha uses for a field kind; empty for spans and regions, which use F1.
std::optional<Level> levelForField(FieldKind kind, bool zeroIsMeaningful = false);

}  // namespace concord::agreement
