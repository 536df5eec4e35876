#pragma once
// Writes one JSON record straight into a string on the hot path (no document tree), with
// strings through concord::appendJsonString, the one tested escaper. The caller writes keys in a
// fixed order, so equal records give equal bytes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/core/json.h"

namespace concord::exporters {

class JsonLine {
 public:
  JsonLine& beginObject();
  JsonLine& endObject();
  JsonLine& beginArray();
  JsonLine& endArray();
  JsonLine& key(std::string_view name);
  JsonLine& string(std::string_view text);
  JsonLine& integer(std::int64_t value);
  /// Shortest text that reads back as the same double; always with a '.' or exponent ("1.0").
  JsonLine& number(double value);
  JsonLine& boolean(bool value);
  JsonLine& null();
  /// Any JSON value, written compactly (object keys sorted).
  JsonLine& value(const Json& json);

  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void separate();
  std::string out_;
  std::vector<bool> hasItems_;  // per open container: something written already
  bool afterKey_ = false;
};

}  // namespace concord::exporters
