// AnnotationSchema look-ups and payload validation: the payload envelope, required fields and
// dispatch to the per-kind checks in validate_*.cpp.
#include "concord/schema/annotation_schema.h"

#include "concord/schema/utf8.h"
#include "json_helpers.h"
#include "payload_check.h"

namespace concord {

namespace {

void checkValue(const FieldSpec& spec, const Json& value, const std::string& path, detail::PayloadCheck& check) {
  switch (spec.kind) {
    case FieldKind::SingleChoice: return detail::checkSingleChoice(spec, value, path, check);
    case FieldKind::MultiChoice: return detail::checkMultiChoice(spec, value, path, check);
    case FieldKind::Ordinal: return detail::checkOrdinal(spec, value, path, check);
    case FieldKind::Number: return detail::checkNumber(spec, value, path, check);
    case FieldKind::Spans: return detail::checkSpans(spec, value, path, check);
    case FieldKind::Regions: return detail::checkRegions(spec, value, path, check);
    case FieldKind::FreeText: return detail::checkFreeText(spec, value, path, check);
    case FieldKind::Preference: return detail::checkPreference(spec, value, path, check);
    case FieldKind::RubricAuthoring: return detail::checkRubricAuthoring(spec, value, path, check);
    case FieldKind::RubricGrading: return detail::checkRubricGrading(spec, value, path, check);
  }
}

}  // namespace

const FieldSpec* AnnotationSchema::field(std::string_view id) const {
  for (const auto& spec : fields_) {
    if (spec.id == id) return &spec;
  }
  return nullptr;
}

std::vector<FieldError> AnnotationSchema::validate(const Json& payload, const ValidationContext& context,
                                                   PayloadStage stage) const {
  std::vector<FieldError> errors;
  detail::PayloadCheck check(context, stage, errors);
  if (!payload.is_object()) {
    check.fail("", "an annotation must be an object keyed by field id, not " + detail::describeType(payload));
    return errors;
  }
  try {
    for (auto it = payload.begin(); it != payload.end(); ++it) {
      const std::string path = detail::childPointer("", it.key());
      const FieldSpec* spec = field(it.key());
      if (spec == nullptr) {
        check.fail(path, "unknown field " + detail::quoteText(it.key()) + ": the schema has no field with this id");
      } else if (it.value().is_null()) {
        // One way to say "no answer" keeps exporters simple: the key is left out.
        check.fail(path, "null is not an answer; leave the field out instead");
      } else {
        checkValue(*spec, it.value(), path, check);
      }
    }
    if (stage == PayloadStage::Submitted) {
      for (const auto& spec : fields_) {
        if (spec.required && !payload.contains(spec.id)) {
          check.fail(detail::childPointer("", spec.id), "is required: " + detail::quoteText(spec.label) + " has no answer");
        }
      }
    }
  } catch (const Json::exception& e) {
    // The checks test types before reading, so this only guards against a slip in them.
    check.fail("", "malformed annotation: " + displayableUtf8(e.what(), 200));
  }
  return errors;
}

}  // namespace concord
