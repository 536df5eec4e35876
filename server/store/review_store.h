#pragma once
// Reads and writes of the review (adjudication) workflow: the cases awaiting review, every
// annotation of a case with its annotator, and the adjudication of a case.
#include <pqxx/pqxx>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/records.h"

namespace concord::store {

/// A case as a data lead sees it: everything, model identities and gold answer included.
struct ReviewCase {
  CaseRecord record;
  Json goldAnswer;  // null when none
};

/// One annotation of a case with who wrote it and the response order they were shown.
struct ReviewAnnotation {
  AnnotationRecord annotation;
  std::string username;
  std::string pseudonym;
  Json responseOrder;  // assignments.response_order
  std::string assignmentStatus;
};

struct AdjudicationRecord {
  std::int64_t id = 0;
  std::int64_t caseId = 0;
  std::int64_t projectId = 0;
  std::int64_t adjudicatorId = 0;
  std::string adjudicatorUsername;
  Json finalPayload;
  std::string rationale;
  int version = 0;
  std::string createdAt;
  std::string updatedAt;
};

/// Ids of the project's ready cases after `afterCaseId` that have at least two submitted
/// annotations and no adjudication, oldest first, at most `limit`.
std::vector<std::int64_t> listReviewCandidates(pqxx::transaction_base& tx, std::int64_t projectId,
                                               std::int64_t afterCaseId, int limit);
std::optional<ReviewCase> findReviewCase(pqxx::transaction_base& tx, std::int64_t projectId, std::int64_t caseId);
/// Every annotation of the case (drafts too), in assignment order.
std::vector<ReviewAnnotation> listCaseAnnotations(pqxx::transaction_base& tx, std::int64_t caseId);
/// The project's cases among `caseIds`, by id (one query for a page of the review queue).
std::map<std::int64_t, ReviewCase> findReviewCases(pqxx::transaction_base& tx, std::int64_t projectId,
                                                   const std::vector<std::int64_t>& caseIds);
/// The submitted annotations of each of `caseIds`, in assignment order (one query).
std::map<std::int64_t, std::vector<ReviewAnnotation>> listSubmittedAnnotations(pqxx::transaction_base& tx,
                                                                               const std::vector<std::int64_t>& caseIds);

std::optional<AdjudicationRecord> findAdjudication(pqxx::transaction_base& tx, std::int64_t caseId);
/// The adjudication of a case, row-locked for the rest of the transaction.
std::optional<AdjudicationRecord> lockAdjudication(pqxx::transaction_base& tx, std::int64_t caseId);
/// Inserts the first adjudication of a case; empty when one appeared concurrently.
std::optional<AdjudicationRecord> insertAdjudication(pqxx::transaction_base& tx, std::int64_t caseId,
                                                     std::int64_t projectId, std::int64_t adjudicatorId,
                                                     const Json& finalPayload, const std::string& rationale);
/// Writes a new version when the stored version is still `expectedVersion`; empty otherwise.
std::optional<AdjudicationRecord> updateAdjudication(pqxx::transaction_base& tx, std::int64_t caseId,
                                                     std::int64_t adjudicatorId, const Json& finalPayload,
                                                     const std::string& rationale, int expectedVersion);

}  // namespace concord::store
