#include "store/annotation_store.h"

#include "store/row_parsing.h"
#include "store/statements.h"

namespace concord::store {
namespace {

#define ANNOTATION_COLUMNS                                                                                 \
  "id, assignment_id, case_id, user_id, status, payload::text, version, time_on_task_ms, flagged_phi," \
  " to_json(updated_at)#>>'{}', coalesce(to_json(submitted_at)#>>'{}', '')"

const StatementSet kStatements{
    {"annotation_lock", "SELECT " ANNOTATION_COLUMNS " FROM annotations WHERE assignment_id = $1 FOR UPDATE"},
    {"annotation_find", "SELECT " ANNOTATION_COLUMNS " FROM annotations WHERE assignment_id = $1"},
    {"annotation_insert",
     "INSERT INTO annotations (assignment_id, case_id, user_id, project_id, schema_version, status, payload,"
     " time_on_task_ms, flagged_phi, submitted_at)"
     " VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, CASE WHEN $6 = 'submitted' THEN now() END)"
     " RETURNING " ANNOTATION_COLUMNS},
    {"annotation_update",
     "UPDATE annotations SET status = $3, payload = $4::jsonb, version = version + 1,"
     " time_on_task_ms = time_on_task_ms + $5, flagged_phi = flagged_phi OR $6, updated_at = now(),"
     " submitted_at = CASE WHEN $3 = 'submitted' THEN now() ELSE submitted_at END"
     " WHERE id = $1 AND version = $2 RETURNING " ANNOTATION_COLUMNS},
    {"idempotency_find",
     "SELECT request_hash, response_status, response_body, coalesce(response_etag, '') FROM idempotency_keys"
     " WHERE user_id = $1 AND key = $2"},
    {"idempotency_insert",
     "INSERT INTO idempotency_keys (user_id, key, request_hash, response_status, response_body, response_etag)"
     " VALUES ($1, $2, $3, $4, $5, $6)"},
    {"idempotency_lock", "SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || $2, 7))"},
};

}  // namespace

AnnotationRecord annotationFromRow(const pqxx::row& r) {
  AnnotationRecord a;
  a.id = r[0].as<std::int64_t>();
  a.assignmentId = r[1].as<std::int64_t>();
  a.caseId = r[2].as<std::int64_t>();
  a.userId = r[3].as<std::int64_t>();
  a.status = r[4].as<std::string>();
  a.payload = Json::parse(r[5].as<std::string>());
  a.version = r[6].as<int>();
  a.timeOnTaskMs = r[7].as<std::int64_t>();
  a.flaggedPhi = r[8].as<bool>();
  a.updatedAt = r[9].as<std::string>();
  a.submittedAt = r[10].as<std::string>();
  return a;
}

namespace {

std::optional<AnnotationRecord> first(const pqxx::result& result) {
  if (result.empty()) return std::nullopt;
  return annotationFromRow(result[0]);
}

}  // namespace

std::optional<AnnotationRecord> lockAnnotation(pqxx::transaction_base& tx, std::int64_t assignmentId) {
  return first(tx.exec_prepared("annotation_lock", assignmentId));
}

std::optional<AnnotationRecord> findAnnotation(pqxx::transaction_base& tx, std::int64_t assignmentId) {
  return first(tx.exec_prepared("annotation_find", assignmentId));
}

AnnotationRecord insertAnnotation(pqxx::transaction_base& tx, const AnnotationRecord& a, std::int64_t projectId,
                                  int schemaVersion) {
  return annotationFromRow(tx.exec_prepared1("annotation_insert", a.assignmentId, a.caseId, a.userId, projectId,
                                        schemaVersion, a.status, a.payload.dump(), a.timeOnTaskMs, a.flaggedPhi));
}

std::optional<AnnotationRecord> updateAnnotation(pqxx::transaction_base& tx, const AnnotationRecord& a,
                                                 int expectedVersion) {
  return first(tx.exec_prepared("annotation_update", a.id, expectedVersion, a.status, a.payload.dump(),
                                a.timeOnTaskMs, a.flaggedPhi));
}

std::optional<IdempotencyRecord> findIdempotency(pqxx::transaction_base& tx, std::int64_t userId,
                                                 const std::string& key) {
  auto result = tx.exec_prepared("idempotency_find", userId, key);
  if (result.empty()) return std::nullopt;
  const auto& r = result[0];
  return IdempotencyRecord{r[0].as<std::string>(), r[1].as<int>(), r[2].as<std::string>(), r[3].as<std::string>()};
}

void insertIdempotency(pqxx::transaction_base& tx, std::int64_t userId, const std::string& key,
                       const IdempotencyRecord& record) {
  tx.exec_prepared0("idempotency_insert", userId, key, record.requestHash, record.responseStatus,
                    record.responseBody, record.responseEtag);
}

void lockIdempotencyKey(pqxx::transaction_base& tx, std::int64_t userId, const std::string& key) {
  tx.exec_prepared("idempotency_lock", std::to_string(userId), key);
}

}  // namespace concord::store
