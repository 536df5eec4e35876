#pragma once
#include <pqxx/pqxx>

#include <optional>

#include "store/records.h"

namespace concord::store {

struct PhiFindingRow {
  std::int64_t caseId = 0;
  std::string source;    // import | clinician_flag | export_scan
  std::string field;     // e.g. "note_text", "conversation/messages/0/content"
  std::optional<int> start;
  std::optional<int> end;
  std::string category;  // a concord::phi category name, or "flagged"
  std::optional<std::int64_t> flaggedBy;
};

void insertPhiFinding(pqxx::transaction_base& tx, const PhiFindingRow& row);
struct StoredFinding {
  std::int64_t id = 0;
  std::string source;
  std::string field;
  std::optional<int> start;
  std::optional<int> end;
  std::string category;
  std::string status;
};

struct QuarantinedCase {
  std::int64_t caseId = 0;
  std::string externalId;
  std::string quarantinedAt;
};

/// Quarantined cases of a project after `afterCaseId`, by id.
std::vector<QuarantinedCase> listQuarantined(pqxx::transaction_base& tx, std::int64_t projectId,
                                             std::int64_t afterCaseId, int limit);
std::vector<StoredFinding> listFindings(pqxx::transaction_base& tx, std::int64_t caseId);
/// Closes every open finding of the case with `status`.
void closeFindings(pqxx::transaction_base& tx, std::int64_t caseId, const std::string& status, std::int64_t reviewer);
/// Records that a detector hit (category + SHA-256 of the matched text) is a known false positive.
void insertOverride(pqxx::transaction_base& tx, std::int64_t caseId, const std::string& category,
                    const std::string& textSha256, const std::string& reason, std::int64_t reviewer);
/// Replaces the case's texts (after redaction or surrogates).
void updateCaseTexts(pqxx::transaction_base& tx, std::int64_t caseId, const std::string& noteText, const Json& content);
/// Returns a quarantined case to the ready pool.
void releaseCase(pqxx::transaction_base& tx, std::int64_t caseId);

/// Moves a ready case to quarantine (no effect on a case already quarantined or retired).
void quarantineCase(pqxx::transaction_base& tx, std::int64_t caseId);

}  // namespace concord::store
