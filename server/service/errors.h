#pragma once
// Workflow errors. The HTTP layer maps each kind to one status and a problem+json body in one
// place (http/problem.cpp); services never speak HTTP.
#include <stdexcept>
#include <string>

#include "concord/core/json.h"

namespace concord::service {

enum class ErrorKind {
  BadRequest,            // 400: malformed request
  Unauthenticated,       // 401
  Forbidden,             // 403: role may not do this
  NotFound,              // 404: absent, or not visible to the caller
  MethodNotAllowed,      // 405
  Conflict,              // 409
  PreconditionFailed,    // 412: stale If-Match
  PayloadTooLarge,       // 413
  Unprocessable,         // 422: well-formed but invalid
  PreconditionRequired,  // 428: If-Match missing
  TooManyRequests,       // 429
  Unavailable,           // 503
};

class ServiceError : public std::runtime_error {
 public:
  /// `type` is a stable slug (e.g. "validation-failed"); `detail` is safe to show to the caller
  /// and never holds PHI or secrets.
  ServiceError(ErrorKind kind, std::string type, std::string detail, Json extensions = Json::object())
      : std::runtime_error(detail), kind_(kind), type_(std::move(type)), extensions_(std::move(extensions)) {}

  ErrorKind kind() const { return kind_; }
  const std::string& type() const { return type_; }
  const Json& extensions() const { return extensions_; }
  int retryAfterSeconds() const { return retryAfter_; }
  ServiceError& withRetryAfter(int seconds) {
    retryAfter_ = seconds;
    return *this;
  }

 private:
  ErrorKind kind_;
  std::string type_;
  Json extensions_;
  int retryAfter_ = 0;
};

}  // namespace concord::service
