#pragma once
// Tolerant reads of the server's JSON for the app's view models: a missing key, a value of
// another type or a non-object gives an empty value, never an exception (the server's shapes
// are documented, but an older or newer server must not crash the app).
#include <QString>
#include <optional>

#include "concord/core/json.h"

namespace concord::app {

inline QString jsonString(const Json& object, const char* key) {
  if (!object.is_object()) return {};
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

inline std::optional<double> jsonNumber(const Json& object, const char* key) {
  if (!object.is_object()) return std::nullopt;
  auto it = object.find(key);
  if (it == object.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

inline qint64 jsonInt(const Json& object, const char* key) {
  if (!object.is_object()) return 0;
  auto it = object.find(key);
  return it != object.end() && it->is_number() ? it->get<qint64>() : 0;
}

/// The member `key`, or a null Json when there is none (safe to keep a reference to).
inline const Json& jsonMember(const Json& object, const char* key) {
  static const Json none;
  if (!object.is_object()) return none;
  auto it = object.find(key);
  return it != object.end() ? *it : none;
}

}  // namespace concord::app
