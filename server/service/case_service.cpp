#include "service/case_service.h"


#include "concord/cases/blinding.h"
#include "service/cursor.h"
#include "service/errors.h"
#include "store/annotation_store.h"
#include "store/audit_store.h"
#include "store/case_store.h"
#include "store/project_store.h"

namespace concord::service {
namespace {

// Candidate responses relabelled "A"/"B" in the order recorded for this assignment; the
// model identities never leave the server.
Json blindConversation(const Json& content, const Json& responseOrder) {
  std::vector<int> order;
  for (const auto& v : responseOrder) order.push_back(v.get<int>());
  return blindedConversation(content, order);
}

}  // namespace

std::string annotationEtag(int version) { return "\"v" + std::to_string(version) + "\""; }

Json CaseService::listAssignments(const Principal& who, const std::string& cursor, int limit) {
  if (limit < 1 || limit > 1000) {
    throw ServiceError(ErrorKind::BadRequest, "bad-limit", "limit must be between 1 and 1000.");
  }
  std::int64_t after = parseIdCursor(cursor);
  auto conn = db_.acquire();
  pqxx::read_transaction tx(*conn);
  auto rows = store::listAssignments(tx, who.userId, after, limit + 1);
  Json items = Json::array();
  for (std::size_t i = 0; i < rows.size() && static_cast<int>(i) < limit; ++i) {
    const auto& r = rows[i];
    items.push_back({{"assignment_id", r.assignmentId},
                     {"case_id", r.caseId},
                     {"project_id", r.projectId},
                     {"project", r.projectSlug},
                     {"external_id", r.externalId},
                     {"specialty", r.specialty},
                     {"status", r.assignmentStatus},
                     {"annotation_status", r.annotationStatus.empty() ? Json() : Json(r.annotationStatus)},
                     {"annotation_version", r.annotationVersion},
                     {"assigned_at", r.assignedAt}});
  }
  Json next = nullptr;
  if (static_cast<int>(rows.size()) > limit) next = std::to_string(rows[static_cast<std::size_t>(limit) - 1].assignmentId);
  return {{"items", items}, {"next_cursor", next}};
}

CaseView CaseService::getCase(const Principal& who, std::int64_t caseId, const RequestMeta& meta) {
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  auto assignment = store::findAssignment(tx, caseId, who.userId);
  auto found = assignment ? store::findCase(tx, caseId) : std::nullopt;
  if (!assignment || !found || found->status != "ready") {
    store::appendAudit(tx, {who.userId, "case.read.refused", "case", std::to_string(caseId), meta.requestId,
                            meta.clientAddr, {}});
    tx.commit();
    if (assignment && found && found->status == "quarantined") {
      // The assignee may learn why the case went away, never its content.
      throw ServiceError(ErrorKind::NotFound, "case-quarantined",
                         "This case is withheld while a data lead reviews possible PHI.");
    }
    throw ServiceError(ErrorKind::NotFound, "not-found", "No such case among your assignments.");
  }
  auto project = store::findProjectById(tx, found->projectId);
  auto annotation = store::findAnnotation(tx, assignment->id);
  Json media = Json::array();
  for (const auto& m : store::listCaseMedia(tx, caseId)) {
    media.push_back({{"id", m.id}, {"kind", m.kind}, {"position", m.position}, {"mime_type", m.mimeType},
                     {"bytes", m.bytes}, {"sha256", m.sha256},
                     {"url", "/api/v1/cases/" + std::to_string(caseId) + "/media/" + std::to_string(m.id)}});
  }
  Json criteria = Json::array();
  for (const auto& c : found->content.value("rubric_criteria", Json::array())) {
    criteria.push_back({{"id", c.value("id", "")}, {"text", c.value("text", "")}});
  }
  Json body{{"id", found->id},
            {"project_id", found->projectId},
            {"project", project ? project->slug : ""},
            {"external_id", found->externalId},
            {"specialty", found->specialty},
            {"note_text", found->noteText},
            {"conversation", blindConversation(found->content, assignment->responseOrder)},
            {"media", media},
            {"rubric_criteria", criteria},
            {"schema", project ? project->annotationSchema : Json()},
            {"schema_version", project ? project->schemaVersion : 0},
            {"assignment", {{"id", assignment->id}, {"status", assignment->status}}},
            {"annotation", nullptr}};
  std::string etag;
  if (annotation) {
    body["annotation"] = {{"status", annotation->status},   {"payload", annotation->payload},
                          {"version", annotation->version}, {"updated_at", annotation->updatedAt},
                          {"time_on_task_ms", annotation->timeOnTaskMs}};
    etag = annotationEtag(annotation->version);
  }
  store::appendAudit(tx, {who.userId, "case.read", "case", std::to_string(caseId), meta.requestId, meta.clientAddr, {}});
  tx.commit();
  return {body, etag};
}

CaseService::Medium CaseService::getMedium(const Principal& who, std::int64_t caseId, std::int64_t mediumId,
                                           const RequestMeta& meta) {
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  bool allowed = who.role != Role::Clinician;
  if (!allowed) {
    auto assignment = store::findAssignment(tx, caseId, who.userId);
    auto found = assignment ? store::findCase(tx, caseId) : std::nullopt;
    allowed = found && found->status == "ready";
  }
  auto medium = allowed ? store::findCaseMedium(tx, caseId, mediumId) : std::nullopt;
  if (!medium) {
    store::appendAudit(tx, {who.userId, "media.read.refused", "case", std::to_string(caseId), meta.requestId,
                            meta.clientAddr, Json{{"medium_id", mediumId}}});
    tx.commit();
    throw ServiceError(ErrorKind::NotFound, "not-found", "No such file among your cases.");
  }
  store::appendAudit(tx, {who.userId, "media.read", "case", std::to_string(caseId), meta.requestId, meta.clientAddr,
                          Json{{"medium_id", mediumId}}});
  tx.commit();
  return {medium->first, std::move(medium->second)};
}

}  // namespace concord::service
