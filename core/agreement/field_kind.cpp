#include "concord/agreement/field_kind.h"

namespace concord::agreement {

namespace {
constexpr FieldKind kAllKinds[] = {FieldKind::SingleChoice, FieldKind::MultiChoice, FieldKind::OrdinalScale,
                                   FieldKind::Number,       FieldKind::Spans,       FieldKind::Regions,
                                   FieldKind::Preference,   FieldKind::RubricGrading};
}

std::optional<FieldKind> parseFieldKind(const std::string& text) {
    for (FieldKind kind : kAllKinds)
        if (fieldKindName(kind) == text) return kind;
    return std::nullopt;
}

std::string fieldKindName(FieldKind kind) {
    switch (kind) {
    case FieldKind::SingleChoice: return "single_choice";
    case FieldKind::MultiChoice: return "multi_choice";
    case FieldKind::OrdinalScale: return "ordinal_scale";
    case FieldKind::Number: return "number";
    case FieldKind::Spans: return "spans";
    case FieldKind::Regions: return "regions";
    case FieldKind::Preference: return "preference";
    case FieldKind::RubricGrading: return "rubric_grading";
    }
    return "single_choice";
}

std::optional<Level> levelForField(FieldKind kind, bool zeroIsMeaningful) {
    switch (kind) {
    case FieldKind::SingleChoice:
    case FieldKind::MultiChoice:
    case FieldKind::Preference:
    case FieldKind::RubricGrading: return Level::Nominal;
    case FieldKind::OrdinalScale: return Level::Ordinal;
    case FieldKind::Number: return zeroIsMeaningful ? Level::Ratio : Level::Interval;
    case FieldKind::Spans:
    case FieldKind::Regions: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace concord::agreement
