#include "http/problem.h"

namespace concord::http {

using service::ErrorKind;

int statusFor(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::BadRequest: return 400;
    case ErrorKind::Unauthenticated: return 401;
    case ErrorKind::Forbidden: return 403;
    case ErrorKind::NotFound: return 404;
    case ErrorKind::MethodNotAllowed: return 405;
    case ErrorKind::Conflict: return 409;
    case ErrorKind::PreconditionFailed: return 412;
    case ErrorKind::PayloadTooLarge: return 413;
    case ErrorKind::Unprocessable: return 422;
    case ErrorKind::PreconditionRequired: return 428;
    case ErrorKind::TooManyRequests: return 429;
    case ErrorKind::Unavailable: return 503;
  }
  return 500;
}

namespace {
std::string titleFor(int status) {
  switch (status) {
    case 400: return "Bad request";
    case 401: return "Not authenticated";
    case 403: return "Forbidden";
    case 404: return "Not found";
    case 405: return "Method not allowed";
    case 409: return "Conflict";
    case 412: return "Precondition failed";
    case 413: return "Payload too large";
    case 415: return "Unsupported media type";
    case 422: return "Unprocessable content";
    case 428: return "Precondition required";
    case 429: return "Too many requests";
    case 503: return "Service unavailable";
    default: return "Internal server error";
  }
}
}  // namespace

Response problem(int status, const std::string& type, const std::string& title, const std::string& detail,
                 const std::string& instance, const Json& extensions) {
  Json body = extensions.is_object() ? extensions : Json::object();
  body["type"] = "urn:concord:problem:" + type;
  body["title"] = title.empty() ? titleFor(status) : title;
  body["status"] = status;
  body["detail"] = detail;
  if (!instance.empty()) body["instance"] = instance;
  Response r{status, "application/problem+json", body.dump(), {}, {}};
  return r;
}

Response problemFrom(const service::ServiceError& error, const std::string& instance) {
  int status = statusFor(error.kind());
  Response r = problem(status, error.type(), "", error.what(), instance, error.extensions());
  if (error.retryAfterSeconds() > 0) r.headers.emplace_back("Retry-After", std::to_string(error.retryAfterSeconds()));
  return r;
}

}  // namespace concord::http
