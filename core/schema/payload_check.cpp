#include "payload_check.h"

#include <algorithm>

#include "json_helpers.h"

namespace concord::detail {

namespace {
constexpr std::size_t kListedValues = 8;  // how many options a message spells out
}

bool PayloadCheck::expectObject(const Json& value, const std::string& path, std::string_view what,
                                std::initializer_list<std::string_view> keys) {
  if (!value.is_object()) {
    fail(path, std::string(what) + " must be an object, not " + describeType(value));
    return false;
  }
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (std::find(keys.begin(), keys.end(), it.key()) == keys.end()) {
      std::string known;
      for (auto key : keys) known += (known.empty() ? "" : ", ") + std::string(key);
      fail(childPointer(path, it.key()),
           "unknown key " + quoteText(it.key()) + " in " + std::string(what) + " (known keys: " + known + ")");
    }
  }
  return true;
}

bool PayloadCheck::expectArray(const Json& value, const std::string& path, std::string_view what) {
  if (value.is_array()) return true;
  fail(path, "must be a list of " + std::string(what) + ", not " + describeType(value));
  return false;
}

const Json* PayloadCheck::requireMember(const Json& object, const std::string& path, std::string_view key) {
  auto it = object.find(key);
  if (it == object.end()) {
    fail(childPointer(path, key), "is required");
    return nullptr;
  }
  return &*it;
}

std::optional<long long> PayloadCheck::wholeInRange(const Json& value, const std::string& path, long long low,
                                                    long long high) {
  auto whole = wholeNumber(value);
  if (!whole) {
    fail(path, "must be a whole number, not " +
                   (value.is_number() ? formatNumber(value.get<double>()) : describeType(value)));
    return std::nullopt;
  }
  if (*whole < low || *whole > high) {
    fail(path, "must be from " + std::to_string(low) + " to " + std::to_string(high) + ", not " +
                   std::to_string(*whole));
    return std::nullopt;
  }
  return whole;
}

std::optional<double> PayloadCheck::finite(const Json& value, const std::string& path) {
  if (!value.is_number()) {
    fail(path, "must be a number, not " + describeType(value));
    return std::nullopt;
  }
  auto number = finiteNumber(value);
  if (!number) fail(path, "must be a finite number");
  return number;
}

bool PayloadCheck::expectTextOption(const FieldSpec& spec, const Json& value, const std::string& path,
                                    std::string_view noun) {
  if (!value.is_string()) {
    fail(path, "must be " + std::string(noun) + " (one of " + listOptions(spec) + "), not " + describeType(value));
    return false;
  }
  const auto& text = value.get_ref<const std::string&>();
  for (const auto& option : spec.options) {
    if (option.value.is_string() && option.value.get_ref<const std::string&>() == text) return true;
  }
  fail(path, quoteText(text) + " is not a known " + std::string(noun) + " of this field (known: " + listOptions(spec) + ")");
  return false;
}

std::string listQuoted(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i == kListedValues) return out + ", …";
    out += (i == 0 ? "" : ", ") + quoteText(values[i]);
  }
  return out;
}

std::string listOptions(const FieldSpec& spec) {
  std::vector<std::string> values;
  for (const auto& option : spec.options) {
    values.push_back(option.value.is_string() ? option.value.get<std::string>() : option.value.dump());
  }
  return listQuoted(values);
}

}  // namespace concord::detail
