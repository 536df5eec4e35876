#pragma once
// A real concord server on a free port over TLS (with its development CA), for tests.
#include <memory>
#include <string>

#include "http/server.h"

namespace concord::testing {

class TestServer {
 public:
  /// Starts a TLS server on 127.0.0.1 with a fresh state directory.
  explicit TestServer(const std::string& databaseUrl, bool plainHttp = false);
  ~TestServer();
  int port() const { return server_->port(); }
  const std::string& caFile() const { return server_->devCaFile(); }
  std::string baseUrl() const { return server_->baseUrl(); }
  const http::Server& server() const { return *server_; }

 private:
  std::string stateDir_;
  std::unique_ptr<http::Server> server_;
};

}  // namespace concord::testing
