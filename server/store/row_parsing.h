#pragma once
// Small conversions shared by the store files.
#include <pqxx/pqxx>

#include <optional>
#include <string>
#include <vector>

#include "concord/core/json.h"

namespace concord::store {

inline std::vector<std::string> parseTextArrayJson(const std::string& json) {
  auto parsed = Json::parse(json);
  std::vector<std::string> out;
  if (parsed.is_array()) {
    for (const auto& v : parsed) out.push_back(v.get<std::string>());
  }
  return out;
}

inline std::string textOrEmpty(const pqxx::field& f) { return f.is_null() ? std::string() : f.as<std::string>(); }

inline Json jsonOrNull(const pqxx::field& f) { return f.is_null() ? Json() : Json::parse(f.as<std::string>()); }

/// A nullable parameter for libpqxx 6.4, which has no std::optional support: pass `.get()`.
class NullableText {
 public:
  template <typename T>
  explicit NullableText(const std::optional<T>& value) : null_(!value) {
    if (value) text_ = pqxx::to_string(*value);
  }
  const char* get() const { return null_ ? nullptr : text_.c_str(); }

 private:
  std::string text_;
  bool null_;
};

}  // namespace concord::store
