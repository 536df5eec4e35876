#pragma once
// Typed, path-aware reads of one object of a schema document. Every problem becomes a
// SchemaError whose path points at the offending member, so nlohmann's own type errors never
// reach a caller. Internal to concord_core.
#include <vector>
#include <optional>
#include <string>
#include <string_view>

#include "concord/core/json.h"

namespace concord::detail {

class SchemaObjectReader {
 public:
  /// Throws SchemaError at `path` unless `object` is a JSON object; `what` names it in messages.
  SchemaObjectReader(const Json& object, std::string path, std::string_view what);

  const std::string& path() const { return path_; }
  std::string pathOf(std::string_view key) const;
  const Json* find(std::string_view key) const;

  /// Refuses members not in `allowed` (typos such as "requried" would otherwise be ignored).
  void allowOnly(const std::vector<std::string_view>& allowed, std::string_view context) const;

  /// A required string member.
  std::string requiredString(std::string_view key) const;
  /// An optional string member; `fallback` when absent.
  std::string optionalString(std::string_view key, std::string fallback = {}) const;
  bool optionalBool(std::string_view key, bool fallback) const;
  /// An optional finite number.
  std::optional<double> optionalNumber(std::string_view key) const;
  /// An optional whole number within [low, high].
  std::optional<long long> optionalWhole(std::string_view key, long long low, long long high) const;
  /// A required list member.
  const Json& requiredArray(std::string_view key) const;

 private:
  const Json& object_;
  std::string path_;
};

/// Throws SchemaError at `path` unless `text` is valid UTF-8.
void requireValidText(std::string_view text, const std::string& path);

}  // namespace concord::detail
