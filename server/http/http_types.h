#pragma once
// The server's own request/response types: handlers see these, never Poco's, so they stay
// thin and testable.
#include <istream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "concord/core/json.h"
#include "service/context.h"

namespace concord::http {

struct Request {
  std::string method;
  std::string path;
  std::map<std::string, std::string> params;  // from the route pattern, e.g. {id}
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> headers; // lower-case names
  std::string body;                           // empty for streaming routes
  std::istream* bodyStream = nullptr;         // set for streaming routes only
  bool bodyRead = false;                      // the body was consumed (or handed to the handler)
  std::optional<service::Principal> principal;
  std::string bearerToken;
  service::RequestMeta meta;

  std::string header(const std::string& lowerName) const {
    auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
  }
  std::optional<std::string> optionalHeader(const std::string& lowerName) const {
    auto it = headers.find(lowerName);
    if (it == headers.end()) return std::nullopt;
    return it->second;
  }
  /// The parsed JSON body; throws ServiceError (400) when it is not valid JSON.
  Json json() const;
  const service::Principal& who() const { return *principal; }
};

struct Response {
  int status = 200;
  std::string contentType = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string filePath;  // when set, the body is streamed from this file (large downloads)

  static Response json(int status, const Json& body) { return Response{status, "application/json", body.dump(), {}, {}}; }
  static Response noContent() { return Response{204, "", "", {}, {}}; }
};

/// Parses a path parameter as a positive integer id; throws ServiceError (404) otherwise.
std::int64_t idParam(const Request& request, const std::string& name);
/// Parses an integer query parameter with bounds; throws ServiceError (400) on bad input.
int intQuery(const Request& request, const std::string& name, int fallback, int min, int max);

}  // namespace concord::http
