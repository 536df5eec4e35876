// AnnotationSchema::toJson and schemaFingerprint. The output is normalised: defaults are written
// out, settings that do not belong to a field's kind are left out and numbers that are whole are
// written as integers, so two documents that parse to the same schema serialise alike.
#include "concord/core/hashing.h"
#include "concord/schema/annotation_schema.h"
#include "json_helpers.h"

namespace concord {

namespace {

Json optionsJson(const std::vector<FieldOption>& options) {
  Json list = Json::array();
  for (const auto& option : options) {
    Json entry = {{"value", option.value}, {"label", option.label}};
    if (!option.key.empty()) entry["key"] = option.key;
    list.push_back(std::move(entry));
  }
  return list;
}

void addLimits(Json& out, const FieldSpec& spec) {
  if (spec.min) out["min"] = detail::numberJson(*spec.min);
  if (spec.max) out["max"] = detail::numberJson(*spec.max);
}

Json fieldJson(const FieldSpec& spec) {
  Json out = {{"id", spec.id}, {"kind", fieldKindName(spec.kind)}, {"label", spec.label}, {"required", spec.required}};
  if (!spec.help.empty()) out["help"] = spec.help;
  switch (spec.kind) {
    case FieldKind::SingleChoice:
    case FieldKind::Ordinal:
    case FieldKind::Spans:
      out["options"] = optionsJson(spec.options);
      break;
    case FieldKind::MultiChoice:
      out["options"] = optionsJson(spec.options);
      addLimits(out, spec);
      break;
    case FieldKind::Number:
      addLimits(out, spec);
      out["integer"] = spec.integer;
      out["ratio"] = spec.ratio;
      if (!spec.unit.empty()) out["unit"] = spec.unit;
      break;
    case FieldKind::Regions:
      out["options"] = optionsJson(spec.options);
      out["shapes"] = spec.shapes;
      break;
    case FieldKind::FreeText:
      addLimits(out, spec);
      break;
    case FieldKind::Preference:
      out["strength_levels"] = spec.strengthLevels;
      break;
    case FieldKind::RubricAuthoring:
      if (!spec.axes.empty()) out["axes"] = spec.axes;
      addLimits(out, spec);
      break;
    case FieldKind::RubricGrading:
      break;
  }
  return out;
}

}  // namespace

Json AnnotationSchema::toJson() const {
  Json fields = Json::array();
  for (const auto& spec : fields_) fields.push_back(fieldJson(spec));
  return {{"version", version_}, {"fields", std::move(fields)}};
}

std::string schemaFingerprint(const AnnotationSchema& schema) {
  // parse() accepted only valid UTF-8, so dump() cannot throw here.
  return sha256Hex(schema.toJson().dump());
}

}  // namespace concord
