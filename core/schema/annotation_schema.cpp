// Interim implementation (single_choice only); the full field set lands with the schema work.
#include "concord/schema/annotation_schema.h"

namespace concord {

namespace {
constexpr std::pair<FieldKind, std::string_view> kKindNames[] = {
    {FieldKind::SingleChoice, "single_choice"}, {FieldKind::MultiChoice, "multi_choice"},
    {FieldKind::Ordinal, "ordinal"},           {FieldKind::Number, "number"},
    {FieldKind::Spans, "spans"},               {FieldKind::Regions, "regions"},
    {FieldKind::FreeText, "free_text"},        {FieldKind::Preference, "preference"},
    {FieldKind::RubricAuthoring, "rubric_authoring"}, {FieldKind::RubricGrading, "rubric_grading"},
};
}  // namespace

std::string_view fieldKindName(FieldKind kind) {
  for (auto [k, n] : kKindNames) if (k == kind) return n;
  return "single_choice";
}

std::optional<FieldKind> parseFieldKind(std::string_view name) {
  for (auto [k, n] : kKindNames) if (n == name) return k;
  return std::nullopt;
}

AnnotationSchema AnnotationSchema::parse(const Json& document) {
  if (!document.is_object()) throw SchemaError("", "the schema must be a JSON object");
  AnnotationSchema schema;
  schema.version_ = document.value("version", 1);
  const auto& fields = document.at("fields");
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const auto& f = fields[i];
    FieldSpec spec;
    spec.id = f.at("id").get<std::string>();
    auto kind = parseFieldKind(f.at("kind").get<std::string>());
    if (!kind) throw SchemaError("/fields/" + std::to_string(i) + "/kind", "unknown field kind");
    spec.kind = *kind;
    spec.label = f.value("label", spec.id);
    spec.required = f.value("required", false);
    for (const auto& o : f.value("options", Json::array())) {
      spec.options.push_back({o.at("value"), o.value("label", ""), o.value("key", "")});
    }
    schema.fields_.push_back(std::move(spec));
  }
  return schema;
}

const FieldSpec* AnnotationSchema::field(std::string_view id) const {
  for (const auto& f : fields_) if (f.id == id) return &f;
  return nullptr;
}

std::vector<FieldError> AnnotationSchema::validate(const Json& payload, const ValidationContext&,
                                                   PayloadStage stage) const {
  std::vector<FieldError> errors;
  if (!payload.is_object()) return {{"", "the annotation must be a JSON object"}};
  for (auto it = payload.begin(); it != payload.end(); ++it) {
    const FieldSpec* spec = field(it.key());
    if (!spec) { errors.push_back({"/" + it.key(), "unknown field"}); continue; }
    bool ok = false;
    for (const auto& o : spec->options) ok = ok || o.value == it.value();
    if (!ok) errors.push_back({"/" + it.key(), "not one of the field's options"});
  }
  if (stage == PayloadStage::Submitted) {
    for (const auto& f : fields_) {
      if (f.required && !payload.contains(f.id)) errors.push_back({"/" + f.id, "required"});
    }
  }
  return errors;
}

Json AnnotationSchema::toJson() const {
  Json fields = Json::array();
  for (const auto& f : fields_) {
    Json options = Json::array();
    for (const auto& o : f.options) options.push_back({{"value", o.value}, {"label", o.label}, {"key", o.key}});
    fields.push_back({{"id", f.id}, {"kind", fieldKindName(f.kind)}, {"label", f.label},
                      {"required", f.required}, {"options", options}});
  }
  return {{"version", version_}, {"fields", fields}};
}

}  // namespace concord
