#pragma once
// Export jobs: a data lead asks for an export through the API; the exporter library runs it on a
// background thread (output under <state dir>/exports/<job id>), progress and outcome go to
// export_jobs, and the exporter records the run itself in export_runs.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "concord/core/json.h"
#include "service/context.h"
#include "store/database.h"

namespace concord::service {

struct StartedExport {
  std::int64_t id = 0;
  Json body;  // the job's status
};

class ExportJobs {
 public:
  ExportJobs(store::Database& db, std::filesystem::path stateDir);
  /// Asks running exports to stop and waits for them.
  ~ExportJobs();
  ExportJobs(const ExportJobs&) = delete;
  ExportJobs& operator=(const ExportJobs&) = delete;

  /// Checks the request {"task", "split", "seed", "compression", "field", "shard_records",
  /// "shard_bytes", "min_agreement", "adjudicated_only", "include_gold", "specialty"} and starts
  /// the export. Unknown project: NotFound; unusable options: Unprocessable. Audited.
  StartedExport start(const Principal& who, const std::string& projectSlug, const Json& body, const RequestMeta& meta);

  /// {"id", "project", "status": running|succeeded|failed, "progress", "counts", "manifest_sha256", ...}
  Json status(const Principal& who, std::int64_t jobId);

  /// The text of manifest.json of a succeeded export; Conflict while running or after a failure.
  std::string manifest(const Principal& who, std::int64_t jobId);

  /// Waits until every export started so far has finished (tests, shutdown).
  void waitForAll();

  /// A running job nobody has touched for this long belongs to a server that stopped (a crash, a
  /// replica taken down): its status then reads failed, error_kind "interrupted". Each server
  /// touches its own running jobs every kHeartbeat.
  static constexpr std::chrono::seconds kHeartbeat{30};
  static constexpr std::chrono::seconds kStaleAfter{300};

 private:
  struct Job;
  struct Running {
    std::int64_t id = 0;
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> done;
  };
  void run(std::shared_ptr<Job> job);
  void reapFinished();
  void heartbeatLoop();

  store::Database& db_;
  std::filesystem::path exportsDir_;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<Running> threads_;
  std::thread heartbeat_;
};

}  // namespace concord::service
