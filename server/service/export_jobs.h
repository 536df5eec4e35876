#pragma once
// Export jobs: a data lead asks for an export through the API; the exporter library runs it on a
// background thread (output under <state dir>/exports/<job id>), progress and outcome go to
// export_jobs, and the exporter records the run itself in export_runs.
#include <atomic>
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

 private:
  struct Job;
  void run(std::shared_ptr<Job> job);
  void reapFinished();

  store::Database& db_;
  std::filesystem::path exportsDir_;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::vector<std::pair<std::thread, std::shared_ptr<std::atomic<bool>>>> threads_;
};

}  // namespace concord::service
