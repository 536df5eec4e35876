#pragma once
// Records each export run in export_runs: who asked, when, the options, the snapshot and, on
// success, the manifest's SHA-256. Uses its own connection: the snapshot transaction is read-only.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <vector>

#include "concord/core/json.h"
#include "phi_gate.h"

namespace concord::exporters {

class RunLog {
 public:
  explicit RunLog(const std::string& databaseUrl);
  ~RunLog();
  RunLog(const RunLog&) = delete;
  RunLog& operator=(const RunLog&) = delete;

  /// users.id of `username`, or nullopt when there is no such user.
  std::optional<std::int64_t> userId(const std::string& username);

  std::int64_t start(std::int64_t projectId, std::optional<std::int64_t> createdBy, const std::string& task,
                     const Json& options, const std::string& outputDir);
  void succeed(std::int64_t runId, const std::string& snapshotId, const std::string& manifestSha256,
               std::uint64_t records);
  /// The export gate refused: records each hit as an open `export_scan` finding and quarantines
  /// its case, so it leaves assignment and later exports until a data lead reviews it (the same
  /// path as findings at import), and audits it. Never throws: the refusal is on its way out.
  void quarantineForPhi(std::int64_t runId, const std::vector<PhiHit>& hits) noexcept;
  /// Never throws: called while another error is on its way out.
  void fail(std::int64_t runId, const std::string& snapshotId, const std::string& error) noexcept;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace concord::exporters
