#include "record_builder.h"

#include <algorithm>

#include "task_builders.h"

namespace concord::exporters {

std::vector<FieldKind> fieldKindsFor(Task task) {
  switch (task) {
    case Task::Classification:
      return {FieldKind::SingleChoice, FieldKind::Ordinal};
    case Task::Sft:
      return {FieldKind::FreeText};
    case Task::Preference:
      return {FieldKind::Preference};
    case Task::Rubric:
      return {FieldKind::RubricAuthoring};
    case Task::Spans:
      return {FieldKind::Spans};
    case Task::Multimodal:
      return {FieldKind::Regions, FieldKind::SingleChoice, FieldKind::MultiChoice, FieldKind::Ordinal,
              FieldKind::Number, FieldKind::FreeText};
  }
  return {};
}

const FieldSpec* chooseField(const AnnotationSchema& schema, Task task, const std::string& requestedId,
                             std::string& problem) {
  auto kinds = fieldKindsFor(task);
  std::string kindList;
  for (auto kind : kinds) kindList += (kindList.empty() ? "" : ", ") + std::string(fieldKindName(kind));
  if (!requestedId.empty()) {
    const FieldSpec* field = schema.field(requestedId);
    if (!field) {
      problem = "the project's schema has no field '" + requestedId + "'";
      return nullptr;
    }
    if (std::find(kinds.begin(), kinds.end(), field->kind) == kinds.end()) {
      problem = "field '" + requestedId + "' is a " + std::string(fieldKindName(field->kind)) + " field; task " +
                std::string(taskName(task)) + " needs one of: " + kindList;
      return nullptr;
    }
    return field;
  }
  for (auto kind : kinds) {
    for (const auto& field : schema.fields()) {
      if (field.kind == kind) return &field;
    }
  }
  problem = "the project's schema has no field of a kind task " + std::string(taskName(task)) +
            " can export (" + kindList + "); pick one with --field";
  return nullptr;
}

std::unique_ptr<RecordBuilder> makeRecordBuilder(Task task, const FieldSpec& field, int schemaVersion) {
  switch (task) {
    case Task::Classification:
      return makeClassificationBuilder(field, schemaVersion);
    case Task::Sft:
      return makeSftBuilder(field, schemaVersion);
    case Task::Preference:
      return makePreferenceBuilder(field, schemaVersion);
    case Task::Rubric:
      return makeRubricBuilder(field, schemaVersion);
    case Task::Spans:
      return makeSpansBuilder(field, schemaVersion);
    case Task::Multimodal:
      return makeMultimodalBuilder(field, schemaVersion);
  }
  return nullptr;
}

}  // namespace concord::exporters
