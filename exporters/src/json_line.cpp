#include "json_line.h"

#include <charconv>
#include <cmath>

#include "concord/core/json_escape.h"

namespace concord::exporters {

void JsonLine::separate() {
  if (afterKey_) {
    afterKey_ = false;
    return;
  }
  if (!hasItems_.empty()) {
    if (hasItems_.back()) out_.push_back(',');
    hasItems_.back() = true;
  }
}

JsonLine& JsonLine::beginObject() {
  separate();
  out_.push_back('{');
  hasItems_.push_back(false);
  return *this;
}

JsonLine& JsonLine::endObject() {
  out_.push_back('}');
  hasItems_.pop_back();
  return *this;
}

JsonLine& JsonLine::beginArray() {
  separate();
  out_.push_back('[');
  hasItems_.push_back(false);
  return *this;
}

JsonLine& JsonLine::endArray() {
  out_.push_back(']');
  hasItems_.pop_back();
  return *this;
}

JsonLine& JsonLine::key(std::string_view name) {
  string(name);
  out_.push_back(':');
  afterKey_ = true;
  return *this;
}

namespace {

// Printable ASCII without '"' and '\\' is written by appendJsonString unchanged between quotes,
// so it can be copied in one go; everything else goes through the escaper.
bool needsNoEscaping(std::string_view text) {
  for (char ch : text) {
    auto byte = static_cast<unsigned char>(ch);
    if (byte < 0x20 || byte > 0x7E || byte == '"' || byte == '\\') return false;
  }
  return true;
}

}  // namespace

JsonLine& JsonLine::string(std::string_view text) {
  separate();
  if (needsNoEscaping(text)) {
    out_.push_back('"');
    out_.append(text);
    out_.push_back('"');
  } else {
    appendJsonString(out_, text);
  }
  return *this;
}

JsonLine& JsonLine::integer(std::int64_t value) {
  separate();
  char buffer[24];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out_.append(buffer, end);
  return *this;
}

JsonLine& JsonLine::number(double value) {
  if (!std::isfinite(value)) return null();  // JSON has no NaN or infinity
  separate();
  char buffer[32];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
  out_.append(text);
  if (text.find_first_of(".e") == std::string_view::npos) out_.append(".0");
  return *this;
}

JsonLine& JsonLine::boolean(bool value) {
  separate();
  out_.append(value ? "true" : "false");
  return *this;
}

JsonLine& JsonLine::null() {
  separate();
  out_.append("null");
  return *this;
}

JsonLine& JsonLine::value(const Json& json) {
  if (json.is_string()) return string(json.get_ref<const std::string&>());
  separate();
  out_.append(json.dump(-1, ' ', false, Json::error_handler_t::replace));
  return *this;
}

}  // namespace concord::exporters
