#include "http/http_types.h"

#include <charconv>

#include "concord/core/json_escape.h"
#include "service/errors.h"

namespace concord::http {

using service::ErrorKind;
using service::ServiceError;

Json Request::json() const {
  if (!isValidUtf8(body)) {
    throw ServiceError(ErrorKind::BadRequest, "invalid-utf8", "The request body is not valid UTF-8.");
  }
  try {
    return Json::parse(body);
  } catch (const Json::parse_error& e) {
    throw ServiceError(ErrorKind::BadRequest, "malformed-json",
                       "The request body is not valid JSON (at byte " + std::to_string(e.byte) + ").");
  }
}

std::int64_t idParam(const Request& request, const std::string& name) {
  auto it = request.params.find(name);
  std::int64_t value = 0;
  if (it != request.params.end()) {
    const auto& text = it->second;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && ptr == text.data() + text.size() && value > 0) return value;
  }
  throw ServiceError(ErrorKind::NotFound, "not-found", "No such resource.");
}

int intQuery(const Request& request, const std::string& name, int fallback, int min, int max) {
  auto it = request.query.find(name);
  if (it == request.query.end()) return fallback;
  int value = 0;
  const auto& text = it->second;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value < min || value > max) {
    throw ServiceError(ErrorKind::BadRequest, "bad-query-parameter",
                       name + " must be a whole number between " + std::to_string(min) + " and " + std::to_string(max) + ".");
  }
  return value;
}

}  // namespace concord::http
