#include "field_settings.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "concord/schema/utf8.h"
#include "json_helpers.h"

namespace concord::detail {

namespace {

constexpr std::size_t kMaxOptionTextLength = 200;  // code points of an option value or tag
constexpr long long kMaxCount = 10'000;            // ceiling for count and length limits
constexpr long long kMaxTextLength = 1'000'000;

enum class OptionValueType { Text, Number };

// Members every field may carry, plus the ones its kind adds.
void allowSettings(const SchemaObjectReader& field, const FieldSpec& spec,
                   std::initializer_list<std::string_view> kindSettings) {
  std::vector<std::string_view> allowed{"id", "kind", "label", "help", "required"};
  allowed.insert(allowed.end(), kindSettings.begin(), kindSettings.end());
  field.allowOnly(allowed, "a " + std::string(fieldKindName(spec.kind)) + " field");
}

std::string readOptionText(const Json& value, const std::string& path) {
  if (!value.is_string()) throw SchemaError(path, "must be a string, not " + describeType(value));
  std::string text = value.get<std::string>();
  auto length = utf8Length(text);
  if (!length) throw SchemaError(path, "is not valid UTF-8 text");
  if (*length == 0) throw SchemaError(path, "must not be empty");
  if (*length > kMaxOptionTextLength) {
    throw SchemaError(path, "is longer than " + std::to_string(kMaxOptionTextLength) + " characters");
  }
  return text;
}

FieldOption readOption(const Json& value, const std::string& path, OptionValueType type) {
  SchemaObjectReader option(value, path, "an option");
  option.allowOnly({"value", "label", "key"}, "an option");
  const Json* raw = option.find("value");
  if (raw == nullptr) throw SchemaError(option.pathOf("value"), "is required");
  FieldOption result;
  if (type == OptionValueType::Text) {
    result.value = readOptionText(*raw, option.pathOf("value"));
  } else {
    auto number = finiteNumber(*raw);
    if (!number) {
      throw SchemaError(option.pathOf("value"), "an ordinal level must be a finite number, not " + describeType(*raw));
    }
    result.value = numberJson(*number);
  }
  const std::string fallbackLabel =
      type == OptionValueType::Text ? result.value.get<std::string>() : formatNumber(*finiteNumber(result.value));
  result.label = option.optionalString("label", fallbackLabel);
  result.key = option.optionalString("key");
  if (!result.key.empty() &&
      (result.key.size() != 1 || !std::isalnum(static_cast<unsigned char>(result.key[0])))) {
    throw SchemaError(option.pathOf("key"), "a keyboard shortcut must be one letter or digit");
  }
  return result;
}

std::vector<FieldOption> readOptions(const SchemaObjectReader& field, const FieldSpec& spec, OptionValueType type,
                                     std::size_t minimum) {
  const Json& list = field.requiredArray("options");
  const std::string listPath = field.pathOf("options");
  if (list.size() < minimum) {
    throw SchemaError(listPath, "a " + std::string(fieldKindName(spec.kind)) + " field needs at least " +
                                    std::to_string(minimum) + (minimum == 1 ? " option" : " options"));
  }
  std::vector<FieldOption> options;
  std::map<std::string, std::size_t> seenValues;  // by dump(), so 2 and 2.0 collide
  std::map<char, std::size_t> seenKeys;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string path = childPointer(listPath, i);
    FieldOption option = readOption(list[i], path, type);
    auto [valueAt, newValue] = seenValues.emplace(option.value.dump(), i);
    if (!newValue) {
      throw SchemaError(path + "/value", "duplicate option value " + option.value.dump() + " (also option " +
                                             std::to_string(valueAt->second) + ")");
    }
    if (!option.key.empty()) {
      const char key = static_cast<char>(std::tolower(static_cast<unsigned char>(option.key[0])));
      auto [keyAt, newKey] = seenKeys.emplace(key, i);
      if (!newKey) {
        throw SchemaError(path + "/key", "keyboard shortcut " + quoteText(option.key) + " is already used by option " +
                                             std::to_string(keyAt->second));
      }
    }
    options.push_back(std::move(option));
  }
  return options;
}

// A scale read out of order would make level distances meaningless for agreement statistics.
void requireScaleOrder(const std::vector<FieldOption>& levels, const std::string& optionsPath) {
  if (levels.size() < 2) return;
  const bool increasing = levels[1].value.get<double>() > levels[0].value.get<double>();
  for (std::size_t i = 1; i < levels.size(); ++i) {
    const double previous = levels[i - 1].value.get<double>();
    const double current = levels[i].value.get<double>();
    if ((current > previous) != increasing) {
      throw SchemaError(childPointer(optionsPath, i) + "/value",
                        "ordinal levels must be listed in scale order (all increasing or all decreasing)");
    }
  }
}

void requireMinNotAboveMax(const FieldSpec& spec, const SchemaObjectReader& field) {
  if (spec.min && spec.max && *spec.min > *spec.max) {
    throw SchemaError(field.pathOf("min"),
                      "min (" + formatNumber(*spec.min) + ") is greater than max (" + formatNumber(*spec.max) + ")");
  }
}

// min/max as whole-number counts or lengths.
void readWholeLimits(FieldSpec& spec, const SchemaObjectReader& field, long long ceiling) {
  if (auto min = field.optionalWhole("min", 0, ceiling)) spec.min = static_cast<double>(*min);
  if (auto max = field.optionalWhole("max", 0, ceiling)) spec.max = static_cast<double>(*max);
  requireMinNotAboveMax(spec, field);
}

std::vector<std::string> readDistinctStrings(const SchemaObjectReader& field, std::string_view key) {
  const Json& list = field.requiredArray(key);
  std::vector<std::string> values;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string path = childPointer(field.pathOf(key), i);
    std::string text = readOptionText(list[i], path);
    if (!seen.insert(text).second) throw SchemaError(path, "duplicate entry " + quoteText(text));
    values.push_back(std::move(text));
  }
  return values;
}

void readShapes(FieldSpec& spec, const SchemaObjectReader& field) {
  if (field.find("shapes") == nullptr) {
    spec.shapes = {"rect", "polygon"};
    return;
  }
  spec.shapes = readDistinctStrings(field, "shapes");
  if (spec.shapes.empty()) throw SchemaError(field.pathOf("shapes"), "must name at least one shape");
  for (std::size_t i = 0; i < spec.shapes.size(); ++i) {
    if (spec.shapes[i] != "rect" && spec.shapes[i] != "polygon") {
      throw SchemaError(childPointer(field.pathOf("shapes"), i),
                        "unknown shape " + quoteText(spec.shapes[i]) + " (known: rect, polygon)");
    }
  }
}

}  // namespace

void readFieldSettings(FieldSpec& spec, const SchemaObjectReader& field) {
  switch (spec.kind) {
    case FieldKind::SingleChoice:
      allowSettings(field, spec, {"options"});
      spec.options = readOptions(field, spec, OptionValueType::Text, 2);
      break;
    case FieldKind::MultiChoice:
      allowSettings(field, spec, {"options", "min", "max"});
      spec.options = readOptions(field, spec, OptionValueType::Text, 2);
      readWholeLimits(spec, field, kMaxCount);
      if (spec.min && *spec.min > static_cast<double>(spec.options.size())) {
        throw SchemaError(field.pathOf("min"), "min (" + formatNumber(*spec.min) + ") is more than the " +
                                                   std::to_string(spec.options.size()) + " options");
      }
      break;
    case FieldKind::Ordinal:
      allowSettings(field, spec, {"options"});
      spec.options = readOptions(field, spec, OptionValueType::Number, 2);
      requireScaleOrder(spec.options, field.pathOf("options"));
      break;
    case FieldKind::Number:
      allowSettings(field, spec, {"min", "max", "integer", "ratio", "unit"});
      spec.min = field.optionalNumber("min");
      spec.max = field.optionalNumber("max");
      requireMinNotAboveMax(spec, field);
      spec.integer = field.optionalBool("integer", false);
      spec.ratio = field.optionalBool("ratio", false);
      spec.unit = field.optionalString("unit");
      break;
    case FieldKind::Spans:
      allowSettings(field, spec, {"options"});
      spec.options = readOptions(field, spec, OptionValueType::Text, 1);
      break;
    case FieldKind::Regions:
      allowSettings(field, spec, {"options", "shapes"});
      spec.options = readOptions(field, spec, OptionValueType::Text, 1);
      readShapes(spec, field);
      break;
    case FieldKind::FreeText:
      allowSettings(field, spec, {"min", "max"});
      readWholeLimits(spec, field, kMaxTextLength);
      break;
    case FieldKind::Preference:
      allowSettings(field, spec, {"strength_levels"});
      spec.strengthLevels = static_cast<int>(field.optionalWhole("strength_levels", 0, 10).value_or(0));
      break;
    case FieldKind::RubricAuthoring:
      allowSettings(field, spec, {"axes", "min", "max"});
      if (field.find("axes") != nullptr) spec.axes = readDistinctStrings(field, "axes");
      readWholeLimits(spec, field, kMaxCount);
      break;
    case FieldKind::RubricGrading:
      allowSettings(field, spec, {});
      break;
  }
}

}  // namespace concord::detail
