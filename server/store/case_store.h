#pragma once
#include <pqxx/pqxx>

#include "store/records.h"

namespace concord::store {

/// Inserts a case unless (project, external_id) exists. Returns {id, inserted}.
std::pair<std::int64_t, bool> insertCaseIfAbsent(pqxx::transaction_base& tx, const CaseRecord& c);
void setGoldAnswer(pqxx::transaction_base& tx, std::int64_t caseId, const Json& answer);
void insertCaseMedia(pqxx::transaction_base& tx, std::int64_t caseId, int position, const std::string& kind,
                     const std::string& mimeType, const std::string& bytes);
std::vector<MediaSummary> listCaseMedia(pqxx::transaction_base& tx, std::int64_t caseId);
/// One medium's MIME type and bytes, when it belongs to the case.
std::optional<std::pair<std::string, std::string>> findCaseMedium(pqxx::transaction_base& tx, std::int64_t caseId,
                                                                  std::int64_t mediumId);
std::optional<CaseRecord> findCase(pqxx::transaction_base& tx, std::int64_t caseId);
/// Reads a row whose first nine columns are (id, project_id, external_id, patient_key,
/// specialty, note_text, content::text, is_gold, status).
CaseRecord caseFromRow(const pqxx::row& r);

/// Creates an assignment unless one exists for (case, user). Returns its id when created.
std::optional<std::int64_t> insertAssignment(pqxx::transaction_base& tx, std::int64_t caseId, std::int64_t userId,
                                             const Json& responseOrder);
std::optional<AssignmentRecord> findAssignment(pqxx::transaction_base& tx, std::int64_t caseId, std::int64_t userId);
/// The user's assignments after `afterAssignmentId`, oldest first, at most `limit`.
std::vector<AssignmentSummary> listAssignments(pqxx::transaction_base& tx, std::int64_t userId,
                                               std::int64_t afterAssignmentId, int limit);
/// Ids of the project's cases in `status`, oldest first.
std::vector<std::int64_t> listProjectCaseIds(pqxx::transaction_base& tx, std::int64_t projectId, const std::string& status);
/// Number of candidate responses in a case's conversation.
int responseCount(const CaseRecord& c);
void setAssignmentStatus(pqxx::transaction_base& tx, std::int64_t assignmentId, const std::string& status);

}  // namespace concord::store
