#pragma once
// The one place where errors become HTTP: problem+json (RFC 9457) with a stable type URI.
#include "http/http_types.h"
#include "service/errors.h"

namespace concord::http {

int statusFor(service::ErrorKind kind);
Response problem(int status, const std::string& type, const std::string& title, const std::string& detail,
                 const std::string& instance, const Json& extensions = Json::object());
Response problemFrom(const service::ServiceError& error, const std::string& instance);

}  // namespace concord::http
