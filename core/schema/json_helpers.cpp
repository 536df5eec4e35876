#include "json_helpers.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include "concord/schema/utf8.h"

namespace concord::detail {

std::string childPointer(const std::string& parent, std::string_view key) {
  std::string out = parent;
  out += '/';
  for (char c : displayableUtf8(key, 200)) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string childPointer(const std::string& parent, std::size_t index) {
  return parent + "/" + std::to_string(index);
}

std::string describeType(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "true or false";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "a list";
    case Json::value_t::object: return "an object";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    case Json::value_t::binary: return "binary data";
    case Json::value_t::discarded: return "nothing";
  }
  return "an unknown value";
}

std::optional<double> finiteNumber(const Json& value) {
  if (!value.is_number()) return std::nullopt;
  const double number = value.get<double>();
  if (!std::isfinite(number)) return std::nullopt;
  return number;
}

std::optional<long long> wholeNumber(const Json& value) {
  if (value.is_number_integer()) return value.get<long long>();
  if (value.is_number_unsigned()) {
    const auto u = value.get<unsigned long long>();
    if (u > static_cast<unsigned long long>(std::numeric_limits<long long>::max())) return std::nullopt;
    return static_cast<long long>(u);
  }
  if (value.is_number_float()) {
    const double d = value.get<double>();
    // 2^62 keeps the conversion exact and far from overflow; no whole number we accept is near it.
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 4.6e18) return std::nullopt;
    return static_cast<long long>(d);
  }
  return std::nullopt;
}

std::string quoteText(std::string_view text) { return "\"" + displayableUtf8(text, 60) + "\""; }

std::string formatNumber(double value) {
  if (auto whole = wholeNumber(Json(value))) return std::to_string(*whole);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

Json numberJson(double value) {
  if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < 9.0e15) {
    return static_cast<long long>(value);
  }
  return value;
}

}  // namespace concord::detail
