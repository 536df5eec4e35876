// Names of field kinds as they appear in schema documents.
#include <array>
#include <utility>

#include "concord/schema/annotation_schema.h"

namespace concord {

namespace {
constexpr std::array<std::pair<FieldKind, std::string_view>, 10> kKindNames{{
    {FieldKind::SingleChoice, "single_choice"},
    {FieldKind::MultiChoice, "multi_choice"},
    {FieldKind::Ordinal, "ordinal"},
    {FieldKind::Number, "number"},
    {FieldKind::Spans, "spans"},
    {FieldKind::Regions, "regions"},
    {FieldKind::FreeText, "free_text"},
    {FieldKind::Preference, "preference"},
    {FieldKind::RubricAuthoring, "rubric_authoring"},
    {FieldKind::RubricGrading, "rubric_grading"},
}};
}  // namespace

std::string_view fieldKindName(FieldKind kind) {
  for (auto [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "unknown";
}

std::optional<FieldKind> parseFieldKind(std::string_view name) {
  for (auto [k, n] : kKindNames) {
    if (n == name) return k;
  }
  return std::nullopt;
}

}  // namespace concord
