#include "schema_reader.h"

#include <algorithm>

#include "concord/schema/annotation_schema.h"
#include "concord/schema/utf8.h"
#include "json_helpers.h"

namespace concord::detail {

SchemaObjectReader::SchemaObjectReader(const Json& object, std::string path, std::string_view what)
    : object_(object), path_(std::move(path)) {
  if (!object_.is_object()) {
    throw SchemaError(path_, std::string(what) + " must be a JSON object, not " + describeType(object_));
  }
}

std::string SchemaObjectReader::pathOf(std::string_view key) const { return childPointer(path_, key); }

const Json* SchemaObjectReader::find(std::string_view key) const {
  auto it = object_.find(key);
  return it == object_.end() ? nullptr : &*it;
}

void SchemaObjectReader::allowOnly(const std::vector<std::string_view>& allowed,
                                   std::string_view context) const {
  for (auto it = object_.begin(); it != object_.end(); ++it) {
    if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
      throw SchemaError(pathOf(it.key()), "unknown setting " + quoteText(it.key()) + " for " + std::string(context));
    }
  }
}

std::string SchemaObjectReader::requiredString(std::string_view key) const {
  const Json* value = find(key);
  if (value == nullptr) throw SchemaError(pathOf(key), "is required");
  if (!value->is_string()) throw SchemaError(pathOf(key), "must be a string, not " + describeType(*value));
  std::string text = value->get<std::string>();
  requireValidText(text, pathOf(key));
  return text;
}

std::string SchemaObjectReader::optionalString(std::string_view key, std::string fallback) const {
  if (find(key) == nullptr) return fallback;
  return requiredString(key);
}

bool SchemaObjectReader::optionalBool(std::string_view key, bool fallback) const {
  const Json* value = find(key);
  if (value == nullptr) return fallback;
  if (!value->is_boolean()) throw SchemaError(pathOf(key), "must be true or false, not " + describeType(*value));
  return value->get<bool>();
}

std::optional<double> SchemaObjectReader::optionalNumber(std::string_view key) const {
  const Json* value = find(key);
  if (value == nullptr) return std::nullopt;
  auto number = finiteNumber(*value);
  if (!number) throw SchemaError(pathOf(key), "must be a finite number, not " + describeType(*value));
  return number;
}

std::optional<long long> SchemaObjectReader::optionalWhole(std::string_view key, long long low,
                                                           long long high) const {
  const Json* value = find(key);
  if (value == nullptr) return std::nullopt;
  auto whole = wholeNumber(*value);
  if (!whole || *whole < low || *whole > high) {
    throw SchemaError(pathOf(key), "must be a whole number from " + std::to_string(low) + " to " +
                                       std::to_string(high));
  }
  return whole;
}

const Json& SchemaObjectReader::requiredArray(std::string_view key) const {
  const Json* value = find(key);
  if (value == nullptr) throw SchemaError(pathOf(key), "is required");
  if (!value->is_array()) throw SchemaError(pathOf(key), "must be a list, not " + describeType(*value));
  return *value;
}

void requireValidText(std::string_view text, const std::string& path) {
  if (!isValidUtf8(text)) throw SchemaError(path, "is not valid UTF-8 text");
}

}  // namespace concord::detail
