#pragma once
// Export jobs started through the API (table export_jobs): request, progress and outcome.
#include <pqxx/pqxx>

#include <cstdint>
#include <optional>
#include <string>

#include "store/records.h"

namespace concord::store {

struct ExportJobRecord {
  std::int64_t id = 0;
  std::int64_t projectId = 0;
  std::string projectSlug;
  std::string requestedBy;  // username
  Json request;
  std::string outputDir;
  std::string status;
  std::int64_t casesTotal = 0;
  std::int64_t casesRead = 0;
  std::int64_t recordsWritten = 0;
  std::int64_t bytesWritten = 0;
  std::optional<std::int64_t> exportRunId;
  Json result;  // null until finished
  std::string manifestSha256;
  std::string error;
  std::string errorKind;
  std::string createdAt;
  std::string finishedAt;  // "" while running
};

struct ExportJobOutcome {
  std::string status;  // "succeeded" or "failed"
  std::optional<std::int64_t> exportRunId;
  std::optional<std::string> result;  // JSON text
  std::optional<std::string> manifestSha256;
  std::optional<std::string> error;
  std::optional<std::string> errorKind;
};

std::int64_t insertExportJob(pqxx::transaction_base& tx, std::int64_t projectId, std::int64_t requestedBy,
                             const Json& request);
void setExportJobOutputDir(pqxx::transaction_base& tx, std::int64_t jobId, const std::string& outputDir);
void updateExportJobProgress(pqxx::transaction_base& tx, std::int64_t jobId, std::int64_t casesTotal,
                             std::int64_t casesRead, std::int64_t recordsWritten, std::int64_t bytesWritten);
void finishExportJob(pqxx::transaction_base& tx, std::int64_t jobId, const ExportJobOutcome& outcome);
/// The server running the job is alive: keeps a running job from being taken for orphaned.
void touchExportJob(pqxx::transaction_base& tx, std::int64_t jobId);
/// A running job whose server has not touched it for staleAfterSeconds is marked failed
/// ("interrupted"): the process that ran it stopped. Returns whether it was.
bool failStaleExportJob(pqxx::transaction_base& tx, std::int64_t jobId, std::int64_t staleAfterSeconds,
                        const std::string& error);
std::optional<ExportJobRecord> findExportJob(pqxx::transaction_base& tx, std::int64_t jobId);

}  // namespace concord::store
