#pragma once
// What the per-kind payload checks share: the context, the stage and the error list, plus
// helpers for the shapes that recur (objects with a fixed set of keys, whole numbers, option
// look-ups). Internal to concord_core.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "concord/schema/annotation_schema.h"

namespace concord::detail {

class PayloadCheck {
 public:
  PayloadCheck(const ValidationContext& context, PayloadStage stage, std::vector<FieldError>& errors)
      : context_(context), stage_(stage), errors_(errors) {}

  const ValidationContext& context() const { return context_; }
  /// Submissions must be complete; drafts may stop short of lower limits and required parts.
  bool submitted() const { return stage_ == PayloadStage::Submitted; }
  void fail(std::string path, std::string message) { errors_.push_back({std::move(path), std::move(message)}); }

  /// Records an error and returns false unless `value` is an object; refuses keys outside `keys`.
  /// `what` names the entry in messages ("a span").
  bool expectObject(const Json& value, const std::string& path, std::string_view what,
                    std::initializer_list<std::string_view> keys);
  /// Records an error and returns false unless `value` is a list.
  bool expectArray(const Json& value, const std::string& path, std::string_view what);
  /// The member `key` of `object`, recording "is required" when it is missing.
  const Json* requireMember(const Json& object, const std::string& path, std::string_view key);
  /// A whole number within [low, high] at `path`, or nullopt after recording why not.
  std::optional<long long> wholeInRange(const Json& value, const std::string& path, long long low, long long high);
  /// A finite number at `path`, or nullopt after recording why not.
  std::optional<double> finite(const Json& value, const std::string& path);
  /// Checks that `value` is the value of one of `spec`'s text options (choices, labels).
  bool expectTextOption(const FieldSpec& spec, const Json& value, const std::string& path, std::string_view noun);

 private:
  const ValidationContext& context_;
  PayloadStage stage_;
  std::vector<FieldError>& errors_;
};

/// "\"a\", \"b\", \"c\"" — the option values of `spec` for messages (shortened when long).
std::string listOptions(const FieldSpec& spec);
/// Joins quoted strings, shortened after a few.
std::string listQuoted(const std::vector<std::string>& values);

void checkSingleChoice(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check);
void checkMultiChoice(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check);
void checkOrdinal(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check);
void checkNumber(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check);
void checkFreeText(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check);
void checkSpans(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check);
void checkRegions(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check);
void checkPreference(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check);
void checkRubricAuthoring(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check);
void checkRubricGrading(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check);

}  // namespace concord::detail
