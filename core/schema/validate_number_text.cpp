// Payload checks for number and free_text fields.
#include <cmath>

#include "concord/schema/utf8.h"
#include "json_helpers.h"
#include "payload_check.h"

namespace concord::detail {

namespace {
bool isBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}
}  // namespace

void checkNumber(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check) {
  auto number = check.finite(value, path);
  if (!number) return;
  if (spec.integer && std::trunc(*number) != *number) {
    check.fail(path, "must be a whole number, not " + formatNumber(*number));
  }
  if (spec.min && *number < *spec.min) {
    check.fail(path, "must be at least " + formatNumber(*spec.min) + ", not " + formatNumber(*number));
  }
  if (spec.max && *number > *spec.max) {
    check.fail(path, "must be at most " + formatNumber(*spec.max) + ", not " + formatNumber(*number));
  }
}

void checkFreeText(const FieldSpec& spec, const Json& value, const std::string& path, PayloadCheck& check) {
  if (!value.is_string()) {
    check.fail(path, "must be text (a string), not " + describeType(value));
    return;
  }
  const auto& text = value.get_ref<const std::string&>();
  auto length = utf8Length(text);
  if (!length) {
    check.fail(path, "is not valid UTF-8 text");
    return;
  }
  const double count = static_cast<double>(*length);
  if (spec.max && count > *spec.max) {
    check.fail(path, "is " + std::to_string(*length) + " characters long; at most " + formatNumber(*spec.max) +
                         " are allowed");
  }
  if (!check.submitted()) return;
  if (spec.required && isBlank(text)) {
    check.fail(path, "is required but empty");
  } else if (spec.min && count < *spec.min) {
    check.fail(path, "is " + std::to_string(*length) + " characters long; at least " + formatNumber(*spec.min) +
                         " are needed");
  }
}

}  // namespace concord::detail
