#pragma once
// A small blocking HTTPS client for tests, trusting only the server's development CA.
#include <map>
#include <string>

#include "concord/core/json.h"

namespace concord::testing {

struct HttpResult {
  int status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // lower-case names
  Json json() const { return body.empty() ? Json() : Json::parse(body); }
  std::string header(const std::string& lowerName) const {
    auto it = headers.find(lowerName);
    return it == headers.end() ? "" : it->second;
  }
};

class HttpsClient {
 public:
  /// `caFile` empty means plain HTTP.
  HttpsClient(std::string host, int port, std::string caFile);
  ~HttpsClient();

  HttpResult request(const std::string& method, const std::string& path, const std::string& body = "",
                     const std::map<std::string, std::string>& headers = {});
  HttpResult get(const std::string& path, const std::string& token = "");
  HttpResult postJson(const std::string& path, const Json& body, const std::string& token = "");
  /// Logs in and returns the bearer token (fails the caller's expectations by returning "").
  std::string login(const std::string& username, const std::string& password);

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace concord::testing
