#include "store/task_store.h"

#include "store/statements.h"

namespace concord::store {
namespace {

const StatementSet kStatements{
    {"task_open_assignment",
     "SELECT a.id, a.case_id, a.user_id, a.response_order::text, a.status FROM assignments a"
     " JOIN cases c ON c.id = a.case_id"
     " WHERE c.project_id = $1 AND a.user_id = $2 AND a.status = 'assigned' AND c.status = 'ready'"
     " ORDER BY a.id LIMIT 1"},
    // Cases already partly assigned come first, so overlap completes before new cases open.
    {"task_claim_case",
     "UPDATE cases SET assigned_count = assigned_count + 1"
     " WHERE id = (SELECT c.id FROM cases c"
     "   WHERE c.project_id = $1 AND c.status = 'ready' AND c.is_gold = $5 AND c.assigned_count < $4"
     "     AND (c.specialty = '' OR c.specialty = ANY(ARRAY(SELECT jsonb_array_elements_text($3::jsonb))))"
     "     AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.case_id = c.id AND a.user_id = $2)"
     "   ORDER BY c.assigned_count DESC, c.id LIMIT 1 FOR UPDATE SKIP LOCKED)"
     "   AND assigned_count < $4"
     " RETURNING id"},
    {"task_skip",
     "UPDATE assignments SET status = 'skipped', skip_reason = $2 WHERE id = $1 AND status = 'assigned'"},
    {"task_release_slot", "UPDATE cases SET assigned_count = assigned_count - 1 WHERE id = $1 AND assigned_count > 0"},
    {"task_count_assignment", "UPDATE cases SET assigned_count = assigned_count + 1 WHERE id = $1"},
};

}  // namespace

std::optional<AssignmentRecord> findOpenAssignment(pqxx::transaction_base& tx, std::int64_t projectId,
                                                   std::int64_t userId) {
  auto result = tx.exec_prepared("task_open_assignment", projectId, userId);
  if (result.empty()) return std::nullopt;
  const auto& r = result[0];
  return AssignmentRecord{r[0].as<std::int64_t>(), r[1].as<std::int64_t>(), r[2].as<std::int64_t>(),
                          Json::parse(r[3].as<std::string>()), r[4].as<std::string>()};
}

std::optional<std::int64_t> claimCase(pqxx::transaction_base& tx, std::int64_t projectId, std::int64_t userId,
                                      const std::vector<std::string>& specialties, int overlapK, bool gold) {
  Json list = specialties;
  auto result = tx.exec_prepared("task_claim_case", projectId, userId, list.dump(), overlapK, gold);
  if (result.empty()) return std::nullopt;
  return result[0][0].as<std::int64_t>();
}

void skipAssignment(pqxx::transaction_base& tx, std::int64_t assignmentId, std::int64_t caseId, const std::string& reason) {
  if (tx.exec_prepared("task_skip", assignmentId, reason).affected_rows() > 0) {
    tx.exec_prepared0("task_release_slot", caseId);
  }
}

void countAssignment(pqxx::transaction_base& tx, std::int64_t caseId) { tx.exec_prepared0("task_count_assignment", caseId); }

}  // namespace concord::store
