#include "store/case_store.h"

#include "store/row_parsing.h"
#include "store/statements.h"

namespace concord::store {
namespace {

const StatementSet kStatements{
    {"case_insert_if_absent",
     "WITH ins AS ("
     "  INSERT INTO cases (project_id, external_id, patient_key, specialty, note_text, content, is_gold, status,"
     "                     quarantined_at)"
     "  VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, CASE WHEN $8 = 'quarantined' THEN now() END)"
     "  ON CONFLICT (project_id, external_id) DO NOTHING RETURNING id)"
     " SELECT id, true FROM ins"
     " UNION ALL SELECT id, false FROM cases WHERE project_id = $1 AND external_id = $2 AND NOT EXISTS (SELECT 1 FROM ins)"},
    {"case_set_gold_answer", "UPDATE cases SET gold_answer = $2::jsonb WHERE id = $1"},
    {"case_media_insert",
     "INSERT INTO case_media (case_id, position, kind, mime_type, sha256, data) "
     "VALUES ($1, $2, $3, $4, encode(sha256($5::bytea), 'hex'), $5::bytea) ON CONFLICT DO NOTHING"},
    {"case_media_list",
     "SELECT id, position, kind, mime_type, sha256, octet_length(data) FROM case_media WHERE case_id = $1 "
     "ORDER BY kind, position"},
    {"case_medium", "SELECT mime_type, data FROM case_media WHERE case_id = $1 AND id = $2"},
    {"case_by_id",
     "SELECT id, project_id, external_id, patient_key, specialty, note_text, content::text, is_gold, status "
     "FROM cases WHERE id = $1"},
    {"assignment_insert",
     "INSERT INTO assignments (case_id, user_id, response_order) VALUES ($1, $2, $3::jsonb) "
     "ON CONFLICT (case_id, user_id) DO NOTHING RETURNING id"},
    {"assignment_find",
     "SELECT id, case_id, user_id, response_order::text, status FROM assignments WHERE case_id = $1 AND user_id = $2"},
    {"assignment_list",
     "SELECT a.id, c.id, c.project_id, p.slug, c.external_id, c.specialty, a.status,"
     "       coalesce(n.status, ''), coalesce(n.version, 0), to_json(a.assigned_at)#>>'{}'"
     " FROM assignments a JOIN cases c ON c.id = a.case_id JOIN projects p ON p.id = c.project_id"
     " LEFT JOIN annotations n ON n.assignment_id = a.id"
     " WHERE a.user_id = $1 AND a.id > $2 AND c.status = 'ready'"
     " ORDER BY a.id LIMIT $3"},
    {"case_ids_by_project", "SELECT id FROM cases WHERE project_id = $1 AND status = $2 ORDER BY id"},
    {"assignment_set_status", "UPDATE assignments SET status = $2 WHERE id = $1"},
};

}  // namespace

std::pair<std::int64_t, bool> insertCaseIfAbsent(pqxx::transaction_base& tx, const CaseRecord& c) {
  auto row = tx.exec_prepared1("case_insert_if_absent", c.projectId, c.externalId, c.patientKey, c.specialty,
                               c.noteText, c.content.dump(), c.isGold, c.status.empty() ? "ready" : c.status);
  return {row[0].as<std::int64_t>(), row[1].as<bool>()};
}

void setGoldAnswer(pqxx::transaction_base& tx, std::int64_t caseId, const Json& answer) {
  tx.exec_prepared0("case_set_gold_answer", caseId, answer.dump());
}

void insertCaseMedia(pqxx::transaction_base& tx, std::int64_t caseId, int position, const std::string& kind,
                     const std::string& mimeType, const std::string& bytes) {
  pqxx::binarystring blob(bytes);
  tx.exec_prepared0("case_media_insert", caseId, position, kind, mimeType, blob);
}

std::vector<MediaSummary> listCaseMedia(pqxx::transaction_base& tx, std::int64_t caseId) {
  std::vector<MediaSummary> out;
  for (const auto& r : tx.exec_prepared("case_media_list", caseId)) {
    out.push_back({r[0].as<std::int64_t>(), r[1].as<int>(), r[2].as<std::string>(), r[3].as<std::string>(),
                   r[4].as<std::string>(), r[5].as<std::int64_t>()});
  }
  return out;
}

std::optional<std::pair<std::string, std::string>> findCaseMedium(pqxx::transaction_base& tx, std::int64_t caseId,
                                                                  std::int64_t mediumId) {
  auto result = tx.exec_prepared("case_medium", caseId, mediumId);
  if (result.empty()) return std::nullopt;
  pqxx::binarystring bytes(result[0][1]);
  return std::make_pair(result[0][0].as<std::string>(), bytes.str());
}

std::optional<CaseRecord> findCase(pqxx::transaction_base& tx, std::int64_t caseId) {
  auto result = tx.exec_prepared("case_by_id", caseId);
  if (result.empty()) return std::nullopt;
  return caseFromRow(result[0]);
}

CaseRecord caseFromRow(const pqxx::row& r) {
  CaseRecord c;
  c.id = r[0].as<std::int64_t>();
  c.projectId = r[1].as<std::int64_t>();
  c.externalId = r[2].as<std::string>();
  c.patientKey = r[3].as<std::string>();
  c.specialty = r[4].as<std::string>();
  c.noteText = r[5].as<std::string>();
  c.content = Json::parse(r[6].as<std::string>());
  c.isGold = r[7].as<bool>();
  c.status = r[8].as<std::string>();
  return c;
}

std::optional<std::int64_t> insertAssignment(pqxx::transaction_base& tx, std::int64_t caseId, std::int64_t userId,
                                             const Json& responseOrder) {
  auto result = tx.exec_prepared("assignment_insert", caseId, userId, responseOrder.dump());
  if (result.empty()) return std::nullopt;
  return result[0][0].as<std::int64_t>();
}

std::optional<AssignmentRecord> findAssignment(pqxx::transaction_base& tx, std::int64_t caseId, std::int64_t userId) {
  auto result = tx.exec_prepared("assignment_find", caseId, userId);
  if (result.empty()) return std::nullopt;
  const auto& r = result[0];
  return AssignmentRecord{r[0].as<std::int64_t>(), r[1].as<std::int64_t>(), r[2].as<std::int64_t>(),
                          Json::parse(r[3].as<std::string>()), r[4].as<std::string>()};
}

std::vector<AssignmentSummary> listAssignments(pqxx::transaction_base& tx, std::int64_t userId,
                                               std::int64_t afterAssignmentId, int limit) {
  std::vector<AssignmentSummary> out;
  for (const auto& r : tx.exec_prepared("assignment_list", userId, afterAssignmentId, limit)) {
    AssignmentSummary s;
    s.assignmentId = r[0].as<std::int64_t>();
    s.caseId = r[1].as<std::int64_t>();
    s.projectId = r[2].as<std::int64_t>();
    s.projectSlug = r[3].as<std::string>();
    s.externalId = r[4].as<std::string>();
    s.specialty = r[5].as<std::string>();
    s.assignmentStatus = r[6].as<std::string>();
    s.annotationStatus = r[7].as<std::string>();
    s.annotationVersion = r[8].as<int>();
    s.assignedAt = r[9].as<std::string>();
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<std::int64_t> listProjectCaseIds(pqxx::transaction_base& tx, std::int64_t projectId, const std::string& status) {
  std::vector<std::int64_t> ids;
  for (const auto& r : tx.exec_prepared("case_ids_by_project", projectId, status)) ids.push_back(r[0].as<std::int64_t>());
  return ids;
}

int responseCount(const CaseRecord& c) {
  if (!c.content.contains("conversation")) return 0;
  return static_cast<int>(c.content["conversation"].value("responses", Json::array()).size());
}

void setAssignmentStatus(pqxx::transaction_base& tx, std::int64_t assignmentId, const std::string& status) {
  tx.exec_prepared0("assignment_set_status", assignmentId, status);
}

}  // namespace concord::store
