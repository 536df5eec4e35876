#include "e2e_support.h"

#include <QTcpServer>
#include <QThread>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "concord/core/hashing.h"
#include "https_client.h"

namespace concord::testing {
namespace {

QString binary(const QString& program) { return QString(CONCORD_BINARY_DIR) + "/bin/" + program; }

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

int freePort() {
  QTcpServer probe;
  probe.listen(QHostAddress::LocalHost, 0);
  return probe.serverPort();
}

}  // namespace

std::pair<int, std::string> runTool(const QString& program, const QStringList& args, int timeoutMs) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(binary(program), args);
  if (!p.waitForStarted(10000)) return {-1, "could not start " + program.toStdString()};
  p.closeWriteChannel();
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    return {-1, "timed out: " + program.toStdString()};
  }
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll().toStdString()};
}

ServerProcess::ServerProcess(const std::string& dbUrl, const std::string& stateDir) : stateDir_(stateDir) {
  port_ = freePort();
  process_ = std::make_unique<QProcess>();
  process_->setProcessChannelMode(QProcess::ForwardedErrorChannel);
  process_->start(binary("concord-server"),
                  {"serve", "--db", QString::fromStdString(dbUrl), "--listen", QString("127.0.0.1:%1").arg(port_),
                   "--state-dir", QString::fromStdString(stateDir), "--threads", "32"});
  process_->waitForStarted(10000);
  for (int i = 0; i < 200 && running(); ++i) {
    try {
      if (std::filesystem::exists(caFile())) {
        HttpsClient probe("127.0.0.1", port_, caFile());
        if (probe.get("/healthz").status == 200) return;
      }
    } catch (const std::exception&) {
    }
    QThread::msleep(50);
  }
}

ServerProcess::~ServerProcess() {
  process_->terminate();  // SIGTERM: the server stops gracefully
  if (!process_->waitForFinished(15000)) process_->kill();
}

bool ServerProcess::running() const { return process_->state() == QProcess::Running; }

std::string readFileBytes(const std::string& path) { return readFile(path); }

std::string verifyManifest(const std::string& dir) {
  Json manifest = Json::parse(readFile(std::filesystem::path(dir) / "manifest.json"));
  if (!manifest.contains("shards") || manifest["shards"].empty()) return "no shards in the manifest";
  for (const auto& shard : manifest["shards"]) {
    std::string bytes = readFile(std::filesystem::path(dir) / shard["path"].get<std::string>());
    if (bytes.size() != shard["bytes"].get<std::size_t>()) return "size differs: " + shard["path"].get<std::string>();
    if (sha256Hex(bytes) != shard["sha256"].get<std::string>()) return "checksum differs: " + shard["path"].get<std::string>();
  }
  return {};
}

std::string readTree(const std::string& dir) {
  std::string all;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) all += readFile(entry.path());
  }
  return all;
}

}  // namespace concord::testing
