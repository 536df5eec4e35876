#pragma once
// Runs the real executables for end-to-end tests.
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

#include "concord/core/json.h"

namespace concord::testing {

/// Runs build/bin/<program> with `args` to completion; returns {exit code, stdout + stderr}.
std::pair<int, std::string> runTool(const QString& program, const QStringList& args, int timeoutMs = 300000);

/// `concord-server serve` on a free port with its own state directory, stopped on destruction.
class ServerProcess {
 public:
  ServerProcess(const std::string& dbUrl, const std::string& stateDir);
  ~ServerProcess();
  int port() const { return port_; }
  std::string caFile() const { return stateDir_ + "/tls/ca.pem"; }
  bool running() const;

 private:
  std::unique_ptr<QProcess> process_;
  std::string stateDir_;
  int port_ = 0;
};

/// Checks every shard of manifest.json in `dir` against the files (size and SHA-256); returns
/// an empty string when all match, else what differs.
std::string verifyManifest(const std::string& dir);

/// The bytes of one file ("" when absent).
std::string readFileBytes(const std::string& path);

/// Concatenated bytes of every regular file under `dir`.
std::string readTree(const std::string& dir);

}  // namespace concord::testing
