#include "case_line_reader.h"

#include <algorithm>

#include "../schema/json_helpers.h"
#include "concord/schema/utf8.h"

namespace concord::detail {

void failAt(std::size_t line, const std::string& pointer, const std::string& message) {
  throw CaseImportError(line, pointer.empty() ? pointer : pointer.substr(1), message);
}

void checkText(std::string_view text, const TextRule& rule, std::size_t line, const std::string& pointer) {
  auto length = utf8Length(text);
  if (!length) failAt(line, pointer, "is not valid UTF-8 text");
  if (text.find('\0') != std::string_view::npos) failAt(line, pointer, "must not contain U+0000 (a NUL character)");
  if (!rule.allowEmpty && text.empty()) failAt(line, pointer, "must not be empty");
  if (*length > rule.maxCodePoints) {
    failAt(line, pointer, "is " + std::to_string(*length) + " characters long; at most " +
                              std::to_string(rule.maxCodePoints) + " are allowed");
  }
  if (text.size() > rule.maxBytes) {
    failAt(line, pointer, "is " + std::to_string(text.size()) + " bytes long; at most " +
                              std::to_string(rule.maxBytes) + " are allowed");
  }
  if (rule.identifier) {
    const bool control = std::any_of(text.begin(), text.end(), [](char c) {
      return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
    });
    if (control) failAt(line, pointer, "must not contain control characters");
    if (!text.empty() && (text.front() == ' ' || text.back() == ' ')) {
      failAt(line, pointer, "must not start or end with a space");
    }
  }
}

CaseObjectReader::CaseObjectReader(const Json& object, std::size_t line, std::string pointer, std::string_view what)
    : object_(object), line_(line), pointer_(std::move(pointer)) {
  if (!object_.is_object()) failHere(std::string(what) + " must be an object, not " + describeType(object_));
}

std::string CaseObjectReader::pointerOf(std::string_view key) const { return childPointer(pointer_, key); }

const Json* CaseObjectReader::find(std::string_view key) const {
  auto it = object_.find(key);
  return it == object_.end() ? nullptr : &*it;
}

void CaseObjectReader::fail(std::string_view key, const std::string& message) const {
  failAt(line_, pointerOf(key), message);
}

void CaseObjectReader::failHere(const std::string& message) const { failAt(line_, pointer_, message); }

void CaseObjectReader::allowOnly(std::initializer_list<std::string_view> keys) const {
  for (auto it = object_.begin(); it != object_.end(); ++it) {
    if (std::find(keys.begin(), keys.end(), it.key()) == keys.end()) {
      std::string known;
      for (auto key : keys) known += (known.empty() ? "" : ", ") + std::string(key);
      fail(it.key(), "unknown key (known keys: " + known + ")");
    }
  }
}

std::string CaseObjectReader::text(std::string_view key, const TextRule& rule) const {
  const Json* value = find(key);
  if (value == nullptr) {
    if (rule.required) fail(key, "is required");
    return {};
  }
  if (!value->is_string()) fail(key, "must be a string, not " + describeType(*value));
  std::string result = value->get<std::string>();
  checkText(result, rule, line_, pointerOf(key));
  return result;
}

bool CaseObjectReader::boolean(std::string_view key, bool fallback) const {
  const Json* value = find(key);
  if (value == nullptr) return fallback;
  if (!value->is_boolean()) fail(key, "must be true or false, not " + describeType(*value));
  return value->get<bool>();
}

const Json* CaseObjectReader::list(std::string_view key) const {
  const Json* value = find(key);
  if (value != nullptr && !value->is_array()) fail(key, "must be a list, not " + describeType(*value));
  return value;
}

}  // namespace concord::detail
