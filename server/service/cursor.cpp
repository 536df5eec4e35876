#include "service/cursor.h"

#include <charconv>

#include "service/errors.h"

namespace concord::service {

std::int64_t parseIdCursor(const std::string& cursor) {
  if (cursor.empty()) return 0;
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(cursor.data(), cursor.data() + cursor.size(), value);
  if (ec != std::errc() || ptr != cursor.data() + cursor.size() || value < 0) {
    throw ServiceError(ErrorKind::BadRequest, "bad-cursor", "The cursor is not one this server gave out.");
  }
  return value;
}

}  // namespace concord::service
