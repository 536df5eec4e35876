#include "test_server.h"

#include <filesystem>

#include "concord/core/hashing.h"

namespace concord::testing {

TestServer::TestServer(const std::string& databaseUrl, bool plainHttp) {
  stateDir_ = (std::filesystem::temp_directory_path() / ("concord-test-" + toHex(randomBytes(6)))).string();
  http::ServerOptions options;
  options.databaseUrl = databaseUrl;
  options.host = "127.0.0.1";
  options.port = 0;
  options.plainHttp = plainHttp;
  options.stateDir = stateDir_;
  options.secret = "test-secret-0123456789abcdef";
  options.maxThreads = 32;
  options.poolSize = 8;
  server_ = std::make_unique<http::Server>(options);
  server_->start();
}

TestServer::~TestServer() {
  server_->stop();
  server_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(stateDir_, ignored);
}

}  // namespace concord::testing
