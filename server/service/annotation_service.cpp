#include "service/annotation_service.h"

#include "concord/core/hashing.h"
#include "concord/core/json_escape.h"
#include "concord/schema/annotation_schema.h"
#include "service/case_service.h"
#include "service/errors.h"
#include "store/annotation_store.h"
#include "store/audit_store.h"
#include "store/case_store.h"
#include "store/phi_store.h"
#include "store/project_store.h"

namespace concord::service {
namespace {

struct ParsedWrite {
  std::string status;
  Json payload;
  std::int64_t timeOnTaskMs = 0;
  bool flaggedPhi = false;
};

ParsedWrite parseBody(const Json& body) {
  auto bad = [](const std::string& detail, const std::string& pointer) {
    return ServiceError(ErrorKind::Unprocessable, "invalid-request", detail,
                        Json{{"errors", Json::array({{{"path", pointer}, {"message", detail}}})}});
  };
  if (!body.is_object()) throw bad("The body must be a JSON object.", "");
  ParsedWrite w;
  if (!body.contains("status") || !body["status"].is_string()) throw bad("status must be \"draft\" or \"submitted\".", "/status");
  w.status = body["status"].get<std::string>();
  if (w.status != "draft" && w.status != "submitted") throw bad("status must be \"draft\" or \"submitted\".", "/status");
  if (!body.contains("payload") || !body["payload"].is_object()) throw bad("payload must be an object.", "/payload");
  w.payload = body["payload"];
  if (body.contains("time_on_task_ms")) {
    const auto& t = body["time_on_task_ms"];
    if (!t.is_number_integer() || t.get<std::int64_t>() < 0 || t.get<std::int64_t>() > 86'400'000) {
      throw bad("time_on_task_ms must be a whole number of milliseconds between 0 and 86400000.", "/time_on_task_ms");
    }
    w.timeOnTaskMs = t.get<std::int64_t>();
  }
  if (body.contains("flag_phi")) {
    if (!body["flag_phi"].is_boolean()) throw bad("flag_phi must be true or false.", "/flag_phi");
    w.flaggedPhi = body["flag_phi"].get<bool>();
  }
  for (auto it = body.begin(); it != body.end(); ++it) {
    if (it.key() != "status" && it.key() != "payload" && it.key() != "time_on_task_ms" && it.key() != "flag_phi") {
      throw bad("Unknown member \"" + it.key() + "\".", "/" + it.key());
    }
  }
  return w;
}

ValidationContext contextFor(const store::CaseRecord& c, std::size_t imageCount) {
  ValidationContext ctx;
  ctx.textLength = codePointCount(c.noteText);
  ctx.imageCount = imageCount;
  for (const auto& criterion : c.content.value("rubric_criteria", Json::array())) {
    ctx.rubricCriterionIds.push_back(criterion.value("id", ""));
  }
  return ctx;
}

}  // namespace

WriteResult AnnotationService::putAnnotation(const Principal& who, const AnnotationWrite& write,
                                             const RequestMeta& meta) {
  requireIdempotencyKey(write.idempotencyKey);
  std::string fingerprint = sha256Hex(std::to_string(write.caseId) + "\n" + write.rawBody);

  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  if (auto replay = replayIfSeen(tx, who.userId, write.idempotencyKey, fingerprint)) return *replay;

  auto assignment = store::findAssignment(tx, write.caseId, who.userId);
  auto found = assignment ? store::findCase(tx, write.caseId) : std::nullopt;
  if (!assignment || !found || found->status != "ready") {
    store::appendAudit(tx, {who.userId, "annotation.write.refused", "case", std::to_string(write.caseId),
                            meta.requestId, meta.clientAddr, {}});
    tx.commit();
    throw ServiceError(ErrorKind::NotFound, "not-found", "No such case among your assignments.");
  }
  ParsedWrite parsed = parseBody(write.body);
  auto project = store::findProjectById(tx, found->projectId);
  AnnotationSchema schema = AnnotationSchema::parse(project->annotationSchema);
  std::size_t images = 0;
  for (const auto& m : store::listCaseMedia(tx, write.caseId)) images += m.kind == "image" ? 1 : 0;
  auto errors = schema.validate(parsed.payload, contextFor(*found, images),
                                parsed.status == "submitted" ? PayloadStage::Submitted : PayloadStage::Draft);
  if (!errors.empty()) {
    Json list = Json::array();
    for (const auto& e : errors) list.push_back({{"path", "/payload" + e.path}, {"message", e.message}});
    throw ServiceError(ErrorKind::Unprocessable, "validation-failed",
                       "The annotation does not match the project's schema.", Json{{"errors", list}});
  }

  auto existing = store::lockAnnotation(tx, assignment->id);
  store::AnnotationRecord next;
  next.assignmentId = assignment->id;
  next.caseId = write.caseId;
  next.userId = who.userId;
  next.status = parsed.status;
  next.payload = parsed.payload;
  next.timeOnTaskMs = parsed.timeOnTaskMs;
  next.flaggedPhi = parsed.flaggedPhi;
  int status = 200;
  store::AnnotationRecord saved;
  if (existing) {
    if (!write.ifMatch) {
      throw ServiceError(ErrorKind::PreconditionRequired, "if-match-required",
                         "This annotation exists: send If-Match with the ETag you last saw.",
                         Json{{"current_version", existing->version}});
    }
    if (*write.ifMatch != annotationEtag(existing->version)) {
      throw ServiceError(ErrorKind::PreconditionFailed, "stale-version",
                         "Someone saved a newer version of this annotation.",
                         Json{{"current_version", existing->version}});
    }
    if (existing->status == "submitted" && parsed.status == "draft") {
      throw ServiceError(ErrorKind::Conflict, "already-submitted",
                         "A submitted annotation cannot go back to draft; submit a correction instead.");
    }
    next.id = existing->id;
    auto updated = store::updateAnnotation(tx, next, existing->version);
    if (!updated) {
      throw ServiceError(ErrorKind::PreconditionFailed, "stale-version", "Someone saved a newer version of this annotation.");
    }
    saved = *updated;
  } else {
    if (write.ifMatch && *write.ifMatch != "*") {
      throw ServiceError(ErrorKind::PreconditionFailed, "stale-version", "There is no annotation to match yet.");
    }
    saved = store::insertAnnotation(tx, next, found->projectId, project->schemaVersion);
    status = 201;
  }
  if (parsed.status == "submitted") store::setAssignmentStatus(tx, assignment->id, "submitted");
  if (parsed.flaggedPhi) {
    // "Contains PHI" quarantines the case for everyone until a data lead clears it.
    store::insertPhiFinding(tx, {write.caseId, "clinician_flag", "case", std::nullopt, std::nullopt, "flagged", who.userId});
    store::quarantineCase(tx, write.caseId);
  }

  Json response{{"case_id", saved.caseId},         {"status", saved.status},
                {"payload", saved.payload},        {"version", saved.version},
                {"updated_at", saved.updatedAt},   {"submitted_at", saved.submittedAt.empty() ? Json() : Json(saved.submittedAt)},
                {"time_on_task_ms", saved.timeOnTaskMs}};
  WriteResult result{status, response.dump(), annotationEtag(saved.version), false};
  store::appendAudit(tx, {who.userId, parsed.status == "submitted" ? "annotation.submit" : "annotation.draft",
                          "annotation", std::to_string(saved.id), meta.requestId, meta.clientAddr,
                          Json{{"case_id", saved.caseId}, {"version", saved.version}}});
  rememberWrite(tx, who.userId, write.idempotencyKey, fingerprint, result);
  tx.commit();
  return result;
}

}  // namespace concord::service
