#include "store/phi_store.h"

#include "store/row_parsing.h"
#include "store/statements.h"

namespace concord::store {
namespace {

const StatementSet kStatements{
    {"phi_finding_insert",
     "INSERT INTO phi_findings (case_id, source, field, start_offset, end_offset, category, flagged_by)"
     " VALUES ($1, $2, $3, $4::integer, $5::integer, $6, $7::bigint)"},
    {"phi_quarantined_list",
     "SELECT id, external_id, coalesce(to_json(quarantined_at)#>>'{}', '') FROM cases"
     " WHERE project_id = $1 AND status = 'quarantined' AND id > $2 ORDER BY id LIMIT $3"},
    {"phi_findings_of_case",
     "SELECT id, source, field, start_offset, end_offset, category, status FROM phi_findings WHERE case_id = $1 ORDER BY id"},
    {"phi_findings_close",
     "UPDATE phi_findings SET status = $2, reviewed_by = $3, reviewed_at = now() WHERE case_id = $1 AND status = 'open'"},
    {"phi_override_insert",
     "INSERT INTO phi_overrides (case_id, category, text_sha256, reason, created_by) VALUES ($1, $2, $3, $4, $5)"
     " ON CONFLICT (case_id, category, text_sha256) DO NOTHING"},
    {"case_update_texts", "UPDATE cases SET note_text = $2, content = $3::jsonb WHERE id = $1"},
    {"case_release", "UPDATE cases SET status = 'ready' WHERE id = $1 AND status = 'quarantined'"},
    {"case_quarantine",
     "UPDATE cases SET status = 'quarantined', quarantined_at = now() WHERE id = $1 AND status = 'ready'"},
};

}  // namespace

void insertPhiFinding(pqxx::transaction_base& tx, const PhiFindingRow& row) {
  NullableText start(row.start), end(row.end), by(row.flaggedBy);
  tx.exec_prepared0("phi_finding_insert", row.caseId, row.source, row.field, start.get(), end.get(), row.category,
                    by.get());
}

std::vector<QuarantinedCase> listQuarantined(pqxx::transaction_base& tx, std::int64_t projectId,
                                             std::int64_t afterCaseId, int limit) {
  std::vector<QuarantinedCase> out;
  for (const auto& r : tx.exec_prepared("phi_quarantined_list", projectId, afterCaseId, limit)) {
    out.push_back({r[0].as<std::int64_t>(), r[1].as<std::string>(), r[2].as<std::string>()});
  }
  return out;
}

std::vector<StoredFinding> listFindings(pqxx::transaction_base& tx, std::int64_t caseId) {
  std::vector<StoredFinding> out;
  for (const auto& r : tx.exec_prepared("phi_findings_of_case", caseId)) {
    StoredFinding f;
    f.id = r[0].as<std::int64_t>();
    f.source = r[1].as<std::string>();
    f.field = r[2].as<std::string>();
    if (!r[3].is_null()) f.start = r[3].as<int>();
    if (!r[4].is_null()) f.end = r[4].as<int>();
    f.category = r[5].as<std::string>();
    f.status = r[6].as<std::string>();
    out.push_back(std::move(f));
  }
  return out;
}

void closeFindings(pqxx::transaction_base& tx, std::int64_t caseId, const std::string& status, std::int64_t reviewer) {
  tx.exec_prepared0("phi_findings_close", caseId, status, reviewer);
}

void insertOverride(pqxx::transaction_base& tx, std::int64_t caseId, const std::string& category,
                    const std::string& textSha256, const std::string& reason, std::int64_t reviewer) {
  tx.exec_prepared0("phi_override_insert", caseId, category, textSha256, reason, reviewer);
}

void updateCaseTexts(pqxx::transaction_base& tx, std::int64_t caseId, const std::string& noteText, const Json& content) {
  tx.exec_prepared0("case_update_texts", caseId, noteText, content.dump());
}

void releaseCase(pqxx::transaction_base& tx, std::int64_t caseId) { tx.exec_prepared0("case_release", caseId); }

void quarantineCase(pqxx::transaction_base& tx, std::int64_t caseId) { tx.exec_prepared0("case_quarantine", caseId); }

}  // namespace concord::store
