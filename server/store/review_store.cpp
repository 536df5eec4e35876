#include "store/review_store.h"

#include "store/annotation_store.h"
#include "store/case_store.h"
#include "store/row_parsing.h"
#include "store/statements.h"

namespace concord::store {
namespace {

#define ADJUDICATION_COLUMNS                                                                              \
  "d.id, d.case_id, d.project_id, d.adjudicator_id, u.username, d.final_payload::text, d.rationale,"      \
  " d.version, to_json(d.created_at)#>>'{}', to_json(d.updated_at)#>>'{}'"

#define REVIEW_CASE_COLUMNS                                                                             \
  "id, project_id, external_id, patient_key, specialty, note_text, content::text, is_gold, status, gold_answer::text"

#define REVIEW_ANNOTATION_SELECT                                                                            \
  "SELECT n.id, n.assignment_id, n.case_id, n.user_id, n.status, n.payload::text, n.version, n.time_on_task_ms," \
  "       n.flagged_phi, to_json(n.updated_at)#>>'{}', coalesce(to_json(n.submitted_at)#>>'{}', '')," \
  "       u.username, u.pseudonym, a.response_order::text, a.status"                                     \
  " FROM annotations n JOIN assignments a ON a.id = n.assignment_id JOIN users u ON u.id = n.user_id"

const StatementSet kStatements{
    {"review_candidates",
     "SELECT c.id FROM cases c"
     " WHERE c.project_id = $1 AND c.id > $2 AND c.status = 'ready'"
     "   AND NOT EXISTS (SELECT 1 FROM adjudications d WHERE d.case_id = c.id)"
     "   AND (SELECT count(*) FROM annotations n WHERE n.case_id = c.id AND n.status = 'submitted') >= 2"
     " ORDER BY c.id LIMIT $3"},
    {"review_case", "SELECT " REVIEW_CASE_COLUMNS " FROM cases WHERE id = $2 AND project_id = $1"},
    {"review_cases_batch", "SELECT " REVIEW_CASE_COLUMNS " FROM cases WHERE project_id = $1 AND id = ANY($2::bigint[])"},
    {"review_submitted_batch",
     REVIEW_ANNOTATION_SELECT " WHERE n.case_id = ANY($1::bigint[]) AND n.status = 'submitted' ORDER BY n.case_id, a.id"},
    {"review_case_annotations", REVIEW_ANNOTATION_SELECT " WHERE n.case_id = $1 ORDER BY a.id"},
    {"adjudication_find",
     "SELECT " ADJUDICATION_COLUMNS " FROM adjudications d JOIN users u ON u.id = d.adjudicator_id"
     " WHERE d.case_id = $1"},
    {"adjudication_lock",
     "SELECT " ADJUDICATION_COLUMNS " FROM adjudications d JOIN users u ON u.id = d.adjudicator_id"
     " WHERE d.case_id = $1 FOR UPDATE OF d"},
    {"adjudication_insert",
     "WITH d AS (INSERT INTO adjudications (case_id, project_id, adjudicator_id, final_payload, rationale)"
     "           VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (case_id) DO NOTHING RETURNING *)"
     " SELECT " ADJUDICATION_COLUMNS " FROM d JOIN users u ON u.id = d.adjudicator_id"},
    {"adjudication_update",
     "WITH d AS (UPDATE adjudications SET adjudicator_id = $2, final_payload = $3::jsonb, rationale = $4,"
     "           version = version + 1, updated_at = now() WHERE case_id = $1 AND version = $5 RETURNING *)"
     " SELECT " ADJUDICATION_COLUMNS " FROM d JOIN users u ON u.id = d.adjudicator_id"},
};

AdjudicationRecord toAdjudication(const pqxx::row& r) {
  AdjudicationRecord d;
  d.id = r[0].as<std::int64_t>();
  d.caseId = r[1].as<std::int64_t>();
  d.projectId = r[2].as<std::int64_t>();
  d.adjudicatorId = r[3].as<std::int64_t>();
  d.adjudicatorUsername = r[4].as<std::string>();
  d.finalPayload = Json::parse(r[5].as<std::string>());
  d.rationale = r[6].as<std::string>();
  d.version = r[7].as<int>();
  d.createdAt = r[8].as<std::string>();
  d.updatedAt = r[9].as<std::string>();
  return d;
}

std::optional<AdjudicationRecord> firstAdjudication(const pqxx::result& result) {
  if (result.empty()) return std::nullopt;
  return toAdjudication(result[0]);
}

}  // namespace

std::vector<std::int64_t> listReviewCandidates(pqxx::transaction_base& tx, std::int64_t projectId,
                                               std::int64_t afterCaseId, int limit) {
  std::vector<std::int64_t> ids;
  for (const auto& r : tx.exec_prepared("review_candidates", projectId, afterCaseId, limit)) {
    ids.push_back(r[0].as<std::int64_t>());
  }
  return ids;
}

namespace {

ReviewCase reviewCaseFromRow(const pqxx::row& r) {
  ReviewCase out;
  out.record = caseFromRow(r);
  out.goldAnswer = jsonOrNull(r[9]);
  return out;
}

ReviewAnnotation reviewAnnotationFromRow(const pqxx::row& r) {
  ReviewAnnotation x;
  x.annotation = annotationFromRow(r);
  x.username = r[11].as<std::string>();
  x.pseudonym = r[12].as<std::string>();
  x.responseOrder = Json::parse(r[13].as<std::string>());
  x.assignmentStatus = r[14].as<std::string>();
  return x;
}

// "{12,15,19}": a bigint[] parameter (ids are numbers, so no quoting is needed).
std::string idArrayLiteral(const std::vector<std::int64_t>& ids) {
  std::string out = "{";
  for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? "," : "") + std::to_string(ids[i]);
  return out + "}";
}

}  // namespace

std::optional<ReviewCase> findReviewCase(pqxx::transaction_base& tx, std::int64_t projectId, std::int64_t caseId) {
  auto result = tx.exec_prepared("review_case", projectId, caseId);
  if (result.empty()) return std::nullopt;
  return reviewCaseFromRow(result[0]);
}

std::vector<ReviewAnnotation> listCaseAnnotations(pqxx::transaction_base& tx, std::int64_t caseId) {
  std::vector<ReviewAnnotation> out;
  for (const auto& r : tx.exec_prepared("review_case_annotations", caseId)) out.push_back(reviewAnnotationFromRow(r));
  return out;
}

std::map<std::int64_t, ReviewCase> findReviewCases(pqxx::transaction_base& tx, std::int64_t projectId,
                                                   const std::vector<std::int64_t>& caseIds) {
  std::map<std::int64_t, ReviewCase> out;
  if (caseIds.empty()) return out;
  for (const auto& r : tx.exec_prepared("review_cases_batch", projectId, idArrayLiteral(caseIds))) {
    ReviewCase c = reviewCaseFromRow(r);
    out.emplace(c.record.id, std::move(c));
  }
  return out;
}

std::map<std::int64_t, std::vector<ReviewAnnotation>> listSubmittedAnnotations(pqxx::transaction_base& tx,
                                                                               const std::vector<std::int64_t>& caseIds) {
  std::map<std::int64_t, std::vector<ReviewAnnotation>> out;
  if (caseIds.empty()) return out;
  for (const auto& r : tx.exec_prepared("review_submitted_batch", idArrayLiteral(caseIds))) {
    ReviewAnnotation x = reviewAnnotationFromRow(r);
    out[x.annotation.caseId].push_back(std::move(x));
  }
  return out;
}

std::optional<AdjudicationRecord> findAdjudication(pqxx::transaction_base& tx, std::int64_t caseId) {
  return firstAdjudication(tx.exec_prepared("adjudication_find", caseId));
}

std::optional<AdjudicationRecord> lockAdjudication(pqxx::transaction_base& tx, std::int64_t caseId) {
  return firstAdjudication(tx.exec_prepared("adjudication_lock", caseId));
}

std::optional<AdjudicationRecord> insertAdjudication(pqxx::transaction_base& tx, std::int64_t caseId,
                                                     std::int64_t projectId, std::int64_t adjudicatorId,
                                                     const Json& finalPayload, const std::string& rationale) {
  return firstAdjudication(
      tx.exec_prepared("adjudication_insert", caseId, projectId, adjudicatorId, finalPayload.dump(), rationale));
}

std::optional<AdjudicationRecord> updateAdjudication(pqxx::transaction_base& tx, std::int64_t caseId,
                                                     std::int64_t adjudicatorId, const Json& finalPayload,
                                                     const std::string& rationale, int expectedVersion) {
  return firstAdjudication(tx.exec_prepared("adjudication_update", caseId, adjudicatorId, finalPayload.dump(),
                                            rationale, expectedVersion));
}

}  // namespace concord::store
