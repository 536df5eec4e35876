// Payload checks for single_choice, multi_choice and ordinal fields.
#include <map>

#include "json_helpers.h"
#include "payload_check.h"

namespace concord::detail {

void checkSingleChoice(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check) {
  check.expectTextOption(spec, value, path, "option");
}

void checkMultiChoice(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check) {
  if (!check.expectArray(value, path, "options")) return;
  std::map<std::string, std::size_t> chosen;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string itemPath = childPointer(path, i);
    if (!check.expectTextOption(spec, value[i], itemPath, "option")) continue;
    auto [at, inserted] = chosen.emplace(value[i].get<std::string>(), i);
    if (!inserted) {
      check.fail(itemPath, quoteText(at->first) + " is selected twice (also entry " + std::to_string(at->second) + ")");
    }
  }
  const double count = static_cast<double>(value.size());
  if (spec.max && count > *spec.max) {
    check.fail(path, "at most " + formatNumber(*spec.max) + " selections are allowed, got " + formatNumber(count));
  }
  if (check.submitted() && spec.min && count < *spec.min) {
    check.fail(path, "at least " + formatNumber(*spec.min) + " selections are needed, got " + formatNumber(count));
  }
}

void checkOrdinal(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check) {
  std::string levels;
  for (const auto& option : spec.options) levels += (levels.empty() ? "" : ", ") + option.value.dump();
  auto number = finiteNumber(value);
  if (!number) {
    check.fail(path, "must be one of the scale levels (" + levels + "), not " + describeType(value));
    return;
  }
  for (const auto& option : spec.options) {
    if (option.value.get<double>() == *number) return;
  }
  check.fail(path, formatNumber(*number) + " is not a level of this scale (levels: " + levels + ")");
}

}  // namespace concord::detail
