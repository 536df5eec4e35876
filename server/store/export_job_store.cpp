#include "store/export_job_store.h"

#include "store/row_parsing.h"
#include "store/statements.h"

namespace concord::store {
namespace {

const StatementSet kStatements{
    {"export_job_insert",
     "INSERT INTO export_jobs (project_id, requested_by, request) VALUES ($1, $2, $3::jsonb) RETURNING id"},
    {"export_job_set_output", "UPDATE export_jobs SET output_dir = $2 WHERE id = $1"},
    {"export_job_progress",
     "UPDATE export_jobs SET cases_total = $2, cases_read = $3, records_written = $4, bytes_written = $5,"
     " updated_at = now() WHERE id = $1 AND status = 'running'"},
    {"export_job_finish",
     "UPDATE export_jobs SET status = $2, export_run_id = $3::bigint, result = $4::jsonb, manifest_sha256 = $5,"
     " error = $6, error_kind = $7, updated_at = now(), finished_at = now() WHERE id = $1"},
    {"export_job_heartbeat", "UPDATE export_jobs SET updated_at = now() WHERE id = $1 AND status = 'running'"},
    {"export_job_fail_stale",
     "UPDATE export_jobs SET status = 'failed', error = $2, error_kind = 'interrupted', updated_at = now(),"
     " finished_at = now() WHERE id = $1 AND status = 'running' AND updated_at < now() - make_interval(secs => $3)"},
    {"export_job_find",
     "SELECT j.id, j.project_id, p.slug, u.username, j.request::text, j.output_dir, j.status, j.cases_total,"
     "       j.cases_read, j.records_written, j.bytes_written, j.export_run_id, j.result::text,"
     "       coalesce(j.manifest_sha256, ''), coalesce(j.error, ''), coalesce(j.error_kind, ''),"
     "       to_json(j.created_at)#>>'{}', coalesce(to_json(j.finished_at)#>>'{}', '')"
     " FROM export_jobs j JOIN projects p ON p.id = j.project_id JOIN users u ON u.id = j.requested_by"
     " WHERE j.id = $1"},
};

}  // namespace

std::int64_t insertExportJob(pqxx::transaction_base& tx, std::int64_t projectId, std::int64_t requestedBy,
                             const Json& request) {
  return tx.exec_prepared1("export_job_insert", projectId, requestedBy, request.dump())[0].as<std::int64_t>();
}

void setExportJobOutputDir(pqxx::transaction_base& tx, std::int64_t jobId, const std::string& outputDir) {
  tx.exec_prepared0("export_job_set_output", jobId, outputDir);
}

void updateExportJobProgress(pqxx::transaction_base& tx, std::int64_t jobId, std::int64_t casesTotal,
                             std::int64_t casesRead, std::int64_t recordsWritten, std::int64_t bytesWritten) {
  tx.exec_prepared0("export_job_progress", jobId, casesTotal, casesRead, recordsWritten, bytesWritten);
}

void finishExportJob(pqxx::transaction_base& tx, std::int64_t jobId, const ExportJobOutcome& outcome) {
  NullableText runId(outcome.exportRunId), result(outcome.result), manifest(outcome.manifestSha256),
      error(outcome.error), errorKind(outcome.errorKind);
  tx.exec_prepared0("export_job_finish", jobId, outcome.status, runId.get(), result.get(), manifest.get(), error.get(),
                    errorKind.get());
}

void touchExportJob(pqxx::transaction_base& tx, std::int64_t jobId) { tx.exec_prepared0("export_job_heartbeat", jobId); }

bool failStaleExportJob(pqxx::transaction_base& tx, std::int64_t jobId, std::int64_t staleAfterSeconds,
                        const std::string& error) {
  return tx.exec_prepared("export_job_fail_stale", jobId, error, staleAfterSeconds).affected_rows() > 0;
}

std::optional<ExportJobRecord> findExportJob(pqxx::transaction_base& tx, std::int64_t jobId) {
  auto rows = tx.exec_prepared("export_job_find", jobId);
  if (rows.empty()) return std::nullopt;
  const auto& r = rows[0];
  ExportJobRecord j;
  j.id = r[0].as<std::int64_t>();
  j.projectId = r[1].as<std::int64_t>();
  j.projectSlug = r[2].as<std::string>();
  j.requestedBy = r[3].as<std::string>();
  j.request = Json::parse(r[4].as<std::string>());
  j.outputDir = r[5].as<std::string>();
  j.status = r[6].as<std::string>();
  j.casesTotal = r[7].as<std::int64_t>();
  j.casesRead = r[8].as<std::int64_t>();
  j.recordsWritten = r[9].as<std::int64_t>();
  j.bytesWritten = r[10].as<std::int64_t>();
  if (!r[11].is_null()) j.exportRunId = r[11].as<std::int64_t>();
  j.result = jsonOrNull(r[12]);
  j.manifestSha256 = r[13].as<std::string>();
  j.error = r[14].as<std::string>();
  j.errorKind = r[15].as<std::string>();
  j.createdAt = r[16].as<std::string>();
  j.finishedAt = r[17].as<std::string>();
  return j;
}

}  // namespace concord::store
