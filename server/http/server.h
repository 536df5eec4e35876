#pragma once
// The REST server: Poco's HTTPServer over TLS (or plain HTTP behind a TLS-terminating proxy,
// only when asked), with the routes, services and metrics wired together.
#include <memory>
#include <string>

namespace concord::http {

class Router;

struct ServerOptions {
  std::string databaseUrl;
  std::string host = "127.0.0.1";
  int port = 8443;                 // 0 picks a free port
  bool plainHttp = false;          // only behind a TLS-terminating proxy
  std::string tlsCertificate;      // PEM chain; with tlsKey
  std::string tlsKey;
  std::string stateDir;            // dev CA and certificate live here when none is given
  std::string secret;              // pseudonymisation / blinding secret (never in the database)
  int maxThreads = 64;
  int maxQueued = 1024;
  int poolSize = 16;
};

class Server {
 public:
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  void start();
  void stop();
  int port() const;
  std::string baseUrl() const;
  /// The CA file clients should trust (empty when a certificate was given or plain HTTP).
  const std::string& devCaFile() const;
  /// The routing table (for the API contract tests).
  const Router& router() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::http
