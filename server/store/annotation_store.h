#pragma once
#include <pqxx/pqxx>

#include "store/records.h"

namespace concord::store {

/// Reads a row whose first eleven columns are the annotation columns of annotation_store.cpp
/// (id, assignment_id, case_id, user_id, status, payload, version, time_on_task_ms, flagged_phi,
/// updated_at, submitted_at).
AnnotationRecord annotationFromRow(const pqxx::row& r);

/// The annotation of an assignment, row-locked for the rest of the transaction.
std::optional<AnnotationRecord> lockAnnotation(pqxx::transaction_base& tx, std::int64_t assignmentId);
std::optional<AnnotationRecord> findAnnotation(pqxx::transaction_base& tx, std::int64_t assignmentId);
AnnotationRecord insertAnnotation(pqxx::transaction_base& tx, const AnnotationRecord& a, std::int64_t projectId,
                                  int schemaVersion);
/// Writes a new version when the stored version is still `expectedVersion`; empty otherwise.
std::optional<AnnotationRecord> updateAnnotation(pqxx::transaction_base& tx, const AnnotationRecord& a,
                                                 int expectedVersion);

/// Idempotency replay records.
std::optional<IdempotencyRecord> findIdempotency(pqxx::transaction_base& tx, std::int64_t userId,
                                                 const std::string& key);
void insertIdempotency(pqxx::transaction_base& tx, std::int64_t userId, const std::string& key,
                       const IdempotencyRecord& record);
/// Serialises requests carrying the same (user, key) until the transaction ends.
void lockIdempotencyKey(pqxx::transaction_base& tx, std::int64_t userId, const std::string& key);

}  // namespace concord::store
