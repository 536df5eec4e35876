#include "run_log.h"

#include <pqxx/pqxx>
#include <set>

namespace concord::exporters {

struct RunLog::State {
  explicit State(const std::string& url) : connection(url) {}
  pqxx::connection connection;
};

RunLog::RunLog(const std::string& databaseUrl) : state_(std::make_unique<State>(databaseUrl)) {}
RunLog::~RunLog() = default;

std::optional<std::int64_t> RunLog::userId(const std::string& username) {
  pqxx::nontransaction tx(state_->connection);
  auto found = tx.exec_params("SELECT id FROM users WHERE username = $1", username);
  if (found.empty()) return std::nullopt;
  return found[0][0].as<std::int64_t>();
}

std::int64_t RunLog::start(std::int64_t projectId, std::optional<std::int64_t> createdBy, const std::string& task,
                           const Json& options, const std::string& outputDir) {
  pqxx::work tx(state_->connection);
  auto id = tx.exec_params1(
                  "INSERT INTO export_runs (project_id, created_by, task, options, output_dir) "
                  "VALUES ($1, NULLIF($2, '')::bigint, $3, $4::jsonb, $5) RETURNING id",
                  projectId, createdBy ? std::to_string(*createdBy) : std::string(), task, options.dump(), outputDir)[0]
                .as<std::int64_t>();
  tx.commit();
  return id;
}

void RunLog::succeed(std::int64_t runId, const std::string& snapshotId, const std::string& manifestSha256,
                     std::uint64_t records) {
  pqxx::work tx(state_->connection);
  tx.exec_params(
      "UPDATE export_runs SET status = 'succeeded', finished_at = now(), snapshot_id = $2, manifest_sha256 = $3, "
      "record_count = $4 WHERE id = $1",
      runId, snapshotId, manifestSha256, records);
  tx.commit();
}

void RunLog::quarantineForPhi(std::int64_t runId, const std::vector<PhiHit>& hits) noexcept {
  try {
    pqxx::work tx(state_->connection);
    std::set<std::int64_t> cases;
    for (const auto& hit : hits) {
      // Offsets stay NULL: the hit is in the exported text, which may be built from several
      // fields (the `field` names which); the review rescans the case's texts anyway.
      tx.exec_params("INSERT INTO phi_findings (case_id, source, field, category) VALUES ($1, 'export_scan', $2, $3)",
                     hit.caseId, hit.where, hit.category);
      cases.insert(hit.caseId);
    }
    for (auto caseId : cases) {
      tx.exec_params("UPDATE cases SET status = 'quarantined', quarantined_at = now() WHERE id = $1 AND status = 'ready'",
                     caseId);
      tx.exec_params(
          "INSERT INTO audit_log (actor_id, action, target_type, target_id, detail) "
          "SELECT created_by, 'phi.export_scan', 'case', $2, jsonb_build_object('export_run', $1::bigint) "
          "FROM export_runs WHERE id = $1",
          runId, std::to_string(caseId));
    }
    tx.commit();
  } catch (const std::exception&) {
    // The export is refused either way; the findings can be recreated by running it again.
  }
}

void RunLog::fail(std::int64_t runId, const std::string& snapshotId, const std::string& error) noexcept {
  try {
    pqxx::work tx(state_->connection);
    tx.exec_params(
        "UPDATE export_runs SET status = 'failed', finished_at = now(), snapshot_id = $2, error = $3 WHERE id = $1",
        runId, snapshotId, error);
    tx.commit();
  } catch (const std::exception&) {
    // The run stays 'running' with no finish time: visibly abandoned, which is the truth.
  }
}

}  // namespace concord::exporters
