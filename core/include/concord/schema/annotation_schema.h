#pragma once
// A project's annotation schema (the fields clinicians fill in) and validation of annotation
// payloads against it. The JSON shapes are specified in docs/annotation-schema.md.
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/core/json.h"

namespace concord {

enum class FieldKind {
  SingleChoice,     // "single_choice"
  MultiChoice,      // "multi_choice"
  Ordinal,          // "ordinal"
  Number,           // "number"
  Spans,            // "spans"
  Regions,          // "regions"
  FreeText,         // "free_text"
  Preference,       // "preference"
  RubricAuthoring,  // "rubric_authoring"
  RubricGrading,    // "rubric_grading"
};

std::string_view fieldKindName(FieldKind kind);
std::optional<FieldKind> parseFieldKind(std::string_view name);

/// One selectable value of a choice, ordinal, span-label or region-label field.
struct FieldOption {
  Json value;          // string for choices/labels, number for ordinal levels
  std::string label;   // what a clinician reads
  std::string key;     // optional keyboard shortcut ("1".."9", a letter)
};

struct FieldSpec {
  std::string id;
  FieldKind kind = FieldKind::SingleChoice;
  std::string label;
  std::string help;
  bool required = false;
  std::vector<FieldOption> options;  // choices, ordinal levels (in order), span/region labels
  std::optional<double> min;         // number value / multi-choice count / free-text length
  std::optional<double> max;
  bool integer = false;              // number: whole numbers only
  bool ratio = false;                // number: zero is meaningful (ratio level)
  std::string unit;                  // number: display unit
  int strengthLevels = 0;            // preference: 0 = no strength asked
  std::vector<std::string> axes;     // rubric authoring: allowed axis tags
  std::vector<std::string> shapes;   // regions: "rect", "polygon"
};

/// What a payload is checked against besides the schema: facts about the case.
struct ValidationContext {
  std::optional<std::size_t> textLength;        // note length in code points (spans); unknown = unchecked
  std::size_t imageCount = 0;                   // regions refer to images by index
  std::vector<std::string> rubricCriterionIds;  // rubric grading refers to these
};

/// A payload violation; `path` is a JSON pointer into the payload, e.g. "/entities/2/end".
struct FieldError {
  std::string path;
  std::string message;
  bool operator==(const FieldError&) const = default;
};

/// Thrown by AnnotationSchema::parse; `path` points into the schema document.
class SchemaError : public std::runtime_error {
 public:
  SchemaError(std::string path, const std::string& message)
      : std::runtime_error(path + ": " + message), path_(std::move(path)) {}
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

enum class PayloadStage { Draft, Submitted };

class AnnotationSchema {
 public:
  /// Parses and validates a schema document {"version": N, "fields": [...]}. Throws SchemaError
  /// (never a nlohmann exception) whose path points into `document`, e.g. "/fields/2/options".
  static AnnotationSchema parse(const Json& document);

  int version() const { return version_; }
  const std::vector<FieldSpec>& fields() const { return fields_; }
  const FieldSpec* field(std::string_view id) const;

  /// Validates an annotation payload (an object keyed by field id). Unknown keys and null values
  /// are errors. Drafts may be incomplete: they may omit required fields, stay below minimum
  /// counts and lengths, leave preference strength out and grade only some rubric criteria;
  /// submissions may not. Returns every error found (empty = valid), in payload order; paths and
  /// messages are always valid UTF-8. Never throws for any payload.
  std::vector<FieldError> validate(const Json& payload, const ValidationContext& context,
                                   PayloadStage stage) const;

  /// The schema back as JSON, normalised: defaults written out, whole numbers as integers,
  /// only the settings of each field's kind. parse(toJson()) gives the same schema.
  Json toJson() const;

 private:
  int version_ = 1;
  std::vector<FieldSpec> fields_;
};

/// SHA-256 (lowercase hex) of schema.toJson().dump(): equal for documents that parse to the
/// same schema (key order, defaults and 2 vs 2.0 do not matter), different for any change.
std::string schemaFingerprint(const AnnotationSchema& schema);

}  // namespace concord
