#pragma once
// A schema with one field of every kind, a case context and a payload that satisfies both;
// tests derive invalid payloads from them.
#include <QtTest>

#include <string>
#include <vector>

#include "concord/core/json.h"
#include "concord/schema/annotation_schema.h"

namespace concord::test {

inline Json allKindsSchemaDocument() {
  return Json::parse(R"({"version": 3, "fields": [
    {"id": "triage", "kind": "single_choice", "label": "Triage", "required": true,
     "options": [{"value": "urgent", "label": "Urgent", "key": "u"}, {"value": "routine", "label": "Routine", "key": "r"}]},
    {"id": "findings", "kind": "multi_choice", "options": [{"value": "a"}, {"value": "b"}, {"value": "c"}],
     "min": 1, "max": 2},
    {"id": "severity", "kind": "ordinal",
     "options": [{"value": 1, "label": "Mild"}, {"value": 2, "label": "Moderate"}, {"value": 3, "label": "Severe"}]},
    {"id": "dose_mg", "kind": "number", "min": 0, "max": 1000, "integer": true, "unit": "mg"},
    {"id": "entities", "kind": "spans", "options": [{"value": "drug"}, {"value": "dose"}]},
    {"id": "lesions", "kind": "regions", "options": [{"value": "lesion"}], "shapes": ["rect", "polygon"]},
    {"id": "summary", "kind": "free_text", "min": 5, "max": 50, "help": "One sentence."},
    {"id": "pref", "kind": "preference", "strength_levels": 3},
    {"id": "rubric", "kind": "rubric_authoring", "axes": ["axis:accuracy", "axis:completeness"], "min": 1, "max": 3},
    {"id": "grading", "kind": "rubric_grading"}
  ]})");
}

inline ValidationContext allKindsContext() {
  ValidationContext context;
  context.textLength = 40;
  context.imageCount = 2;
  context.rubricCriterionIds = {"c1", "c2"};
  return context;
}

inline Json allKindsValidPayload() {
  return Json::parse(R"({
    "triage": "urgent",
    "findings": ["a", "c"],
    "severity": 2,
    "dose_mg": 75,
    "entities": [{"start": 0, "end": 7, "label": "drug"}, {"start": 8, "end": 13, "label": "dose"}],
    "lesions": [{"image": 0, "label": "lesion", "shape": "rect", "x": 1.5, "y": 2, "w": 10, "h": 5},
                {"image": 1, "label": "lesion", "shape": "polygon", "points": [[0, 0], [10, 0], [5, 8.5]]}],
    "summary": "Aspirin 75 mg daily",
    "pref": {"choice": "A", "strength": 2},
    "rubric": [{"criterion": "Mentions aspirin dose", "points": 5, "tags": ["axis:accuracy"]},
               {"criterion": "Recommends stopping ibuprofen", "points": -3}],
    "grading": [{"criterion_id": "c1", "met": true}, {"criterion_id": "c2", "met": false}]
  })");
}

inline QString describe(const std::vector<FieldError>& errors) {
  QString out;
  for (const auto& e : errors) out += QString::fromStdString(e.path + " — " + e.message + "\n");
  return out.isEmpty() ? QStringLiteral("(no errors)") : out;
}

inline bool hasError(const std::vector<FieldError>& errors, const std::string& path, const std::string& fragment) {
  for (const auto& e : errors) {
    if (e.path == path && e.message.find(fragment) != std::string::npos) return true;
  }
  return false;
}

}  // namespace concord::test
