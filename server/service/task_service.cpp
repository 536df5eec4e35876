#include "service/task_service.h"

#include "concord/core/hashing.h"
#include "concord/core/json_escape.h"
#include "service/admin_service.h"
#include "service/errors.h"
#include "store/audit_store.h"
#include "store/case_store.h"
#include "store/phi_store.h"
#include "store/project_store.h"
#include "store/task_store.h"

namespace concord::service {
namespace {

// A uniform draw in [0, 1) from the system CSPRNG decides whether the next case is gold, so
// clinicians cannot predict which cases are checks.
double uniformDraw() {
  std::string bytes = randomBytes(8);
  std::uint64_t v = 0;
  for (unsigned char c : bytes) v = (v << 8) | c;
  return static_cast<double>(v >> 11) * (1.0 / 9007199254740992.0);
}

store::AssignmentRecord requireAssignment(pqxx::transaction_base& tx, std::int64_t caseId, const Principal& who,
                                          const RequestMeta& meta, const char* action) {
  auto assignment = store::findAssignment(tx, caseId, who.userId);
  auto found = assignment ? store::findCase(tx, caseId) : std::nullopt;
  if (!assignment || !found || found->status != "ready") {
    store::appendAudit(tx, {who.userId, std::string(action) + ".refused", "case", std::to_string(caseId), meta.requestId,
                            meta.clientAddr, {}});
    throw ServiceError(ErrorKind::NotFound, "not-found", "No such case among your assignments.");
  }
  return *assignment;
}

}  // namespace

std::optional<Json> TaskService::nextTask(const Principal& who, const std::string& projectSlug, const RequestMeta& meta) {
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  auto project = store::findProjectBySlug(tx, projectSlug);
  if (!project) throw ServiceError(ErrorKind::NotFound, "not-found", "No such project.");
  if (auto open = store::findOpenAssignment(tx, project->id, who.userId)) {
    tx.commit();
    return Json{{"case_id", open->caseId}, {"assignment_id", open->id}, {"resumed", true}};
  }
  bool gold = project->goldRate > 0 && uniformDraw() < project->goldRate;
  auto caseId = store::claimCase(tx, project->id, who.userId, who.specialties, project->overlapK, gold);
  if (!caseId) caseId = store::claimCase(tx, project->id, who.userId, who.specialties, project->overlapK, !gold);
  if (!caseId) {
    tx.commit();
    return std::nullopt;
  }
  auto c = store::findCase(tx, *caseId);
  auto assignmentId = store::insertAssignment(tx, *caseId, who.userId,
                                              responseOrderFor(secret_, *caseId, who.userId, store::responseCount(*c)));
  if (!assignmentId) {
    // The unique (case, user) key lost a race with a concurrent call of the same user.
    throw ServiceError(ErrorKind::Conflict, "retry", "Another request of yours took a case at the same moment; ask again.");
  }
  store::appendAudit(tx, {who.userId, "task.assign", "case", std::to_string(*caseId), meta.requestId, meta.clientAddr,
                          Json{{"assignment_id", *assignmentId}}});
  tx.commit();
  return Json{{"case_id", *caseId}, {"assignment_id", *assignmentId}, {"resumed", false}};
}

void TaskService::skip(const Principal& who, std::int64_t caseId, const std::string& reason, const RequestMeta& meta) {
  if (reason.empty() || !isValidUtf8(reason) || codePointCount(reason) > 500) {
    throw ServiceError(ErrorKind::Unprocessable, "invalid-reason", "Give a reason of 1 to 500 characters.",
                       Json{{"errors", Json::array({{{"path", "/reason"}, {"message", "1 to 500 characters"}}})}});
  }
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  auto assignment = requireAssignment(tx, caseId, who, meta, "task.skip");
  if (assignment.status == "skipped") return;  // a retried skip is a no-op, so queued retries are safe
  if (assignment.status != "assigned") {
    throw ServiceError(ErrorKind::Conflict, "not-open", "Only an open assignment can be skipped.");
  }
  store::skipAssignment(tx, assignment.id, caseId, reason);
  store::appendAudit(tx, {who.userId, "task.skip", "case", std::to_string(caseId), meta.requestId, meta.clientAddr, {}});
  tx.commit();
}

void TaskService::flagPhi(const Principal& who, std::int64_t caseId, const RequestMeta& meta) {
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  requireAssignment(tx, caseId, who, meta, "phi.flag");
  store::insertPhiFinding(tx, {caseId, "clinician_flag", "case", std::nullopt, std::nullopt, "flagged", who.userId});
  store::quarantineCase(tx, caseId);
  store::appendAudit(tx, {who.userId, "phi.flag", "case", std::to_string(caseId), meta.requestId, meta.clientAddr, {}});
  tx.commit();
}

}  // namespace concord::service
