#pragma once
#include <pqxx/pqxx>

#include "store/records.h"

namespace concord::store {

/// The caller's oldest open (assigned, not submitted or skipped) assignment in the project.
std::optional<AssignmentRecord> findOpenAssignment(pqxx::transaction_base& tx, std::int64_t projectId,
                                                   std::int64_t userId);

/// Claims one ready case of the project for the user: specialty matching, not yet assigned to
/// the user, fewer than `overlapK` live assignments, gold or not as asked. The claim bumps the
/// case's assignment counter in the same statement (rows locked by other callers are skipped).
std::optional<std::int64_t> claimCase(pqxx::transaction_base& tx, std::int64_t projectId, std::int64_t userId,
                                      const std::vector<std::string>& specialties, int overlapK, bool gold);

/// Records a skip and frees the case's slot for another clinician.
void skipAssignment(pqxx::transaction_base& tx, std::int64_t assignmentId, std::int64_t caseId, const std::string& reason);

/// Counts a new assignment made outside claimCase (bootstrap round robin).
void countAssignment(pqxx::transaction_base& tx, std::int64_t caseId);

}  // namespace concord::store
