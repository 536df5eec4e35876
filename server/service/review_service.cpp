#include "service/review_service.h"

#include <algorithm>

#include "concord/cases/case_record.h"
#include "concord/core/hashing.h"
#include "service/cursor.h"
#include "service/errors.h"
#include "store/annotation_store.h"
#include "store/audit_store.h"
#include "store/case_store.h"
#include "store/project_store.h"
#include "store/review_store.h"

namespace concord::service {
namespace {

constexpr std::size_t kMaxRationaleBytes = 20000;

void requireLead(const Principal& who) {
  if (who.role != Role::DataLead && who.role != Role::Admin) {
    throw ServiceError(ErrorKind::Forbidden, "forbidden", "Only data leads and admins review annotations.");
  }
}

store::ProjectRecord requireProject(pqxx::transaction_base& tx, const std::string& slug) {
  auto project = store::findProjectBySlug(tx, slug);
  if (!project) throw ServiceError(ErrorKind::NotFound, "not-found", "No such project.");
  return *project;
}

bool comparedKind(FieldKind kind) {
  return kind == FieldKind::SingleChoice || kind == FieldKind::Ordinal || kind == FieldKind::MultiChoice ||
         kind == FieldKind::Preference;
}

// The value of one field as compared for disagreement.
Json comparable(const FieldSpec& field, const ComparedAnnotation& a, const std::vector<std::string>& models) {
  if (!a.payload.is_object() || !a.payload.contains(field.id)) return Json();
  const Json& v = a.payload[field.id];
  switch (field.kind) {
    case FieldKind::MultiChoice: {
      if (!v.is_array()) return v;
      std::vector<std::string> items;
      for (const auto& item : v) items.push_back(item.dump());
      std::sort(items.begin(), items.end());
      return items;
    }
    case FieldKind::Preference:
      return derandomisedChoice(v.is_object() ? v.value("choice", Json()) : Json(), a.responseOrder, models);
    case FieldKind::Ordinal:
      // 2 and 2.0 are the same level.
      if (v.is_number()) return v.get<double>();
      return v;
    default:
      return v;
  }
}

Json adjudicationJson(const store::AdjudicationRecord& d) {
  return {{"case_id", d.caseId},
          {"final_payload", d.finalPayload},
          {"rationale", d.rationale},
          {"version", d.version},
          {"adjudicator", d.adjudicatorUsername},
          {"created_at", d.createdAt},
          {"updated_at", d.updatedAt}};
}

struct ParsedAdjudication {
  Json finalPayload;
  std::string rationale;
};

ParsedAdjudication parseAdjudication(const Json& body) {
  auto bad = [](const std::string& detail, const std::string& pointer) {
    return ServiceError(ErrorKind::Unprocessable, "invalid-request", detail,
                        Json{{"errors", Json::array({{{"path", pointer}, {"message", detail}}})}});
  };
  if (!body.is_object()) throw bad("The body must be a JSON object.", "");
  for (auto it = body.begin(); it != body.end(); ++it) {
    if (it.key() != "final_payload" && it.key() != "rationale") throw bad("Unknown member \"" + it.key() + "\".", "/" + it.key());
  }
  if (!body.contains("final_payload") || !body["final_payload"].is_object()) {
    throw bad("final_payload must be an object.", "/final_payload");
  }
  if (!body.contains("rationale") || !body["rationale"].is_string()) throw bad("rationale must be a string.", "/rationale");
  ParsedAdjudication p{body["final_payload"], body["rationale"].get<std::string>()};
  bool blank = std::all_of(p.rationale.begin(), p.rationale.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
  if (blank) throw bad("rationale must say why this is the final answer.", "/rationale");
  if (p.rationale.size() > kMaxRationaleBytes) throw bad("rationale is too long.", "/rationale");
  return p;
}

}  // namespace

std::vector<std::string> responseModels(const Json& content) {
  std::vector<std::string> models;
  if (!content.is_object() || !content.contains("conversation") || !content["conversation"].is_object()) return models;
  const Json& responses = content["conversation"].value("responses", Json::array());
  if (!responses.is_array()) return models;
  for (const auto& r : responses) models.push_back(r.is_object() && r.contains("model") && r["model"].is_string() ? r["model"].get<std::string>() : "");
  return models;
}

Json derandomisedChoice(const Json& choice, const Json& responseOrder, const std::vector<std::string>& models) {
  if (!choice.is_string()) return Json();
  const std::string letter = choice.get<std::string>();
  if (letter == "tie") return "tie";
  if (letter != "A" && letter != "B") return Json();
  std::size_t position = letter == "A" ? 0 : 1;
  if (!responseOrder.is_array() || responseOrder.empty()) return "response-" + std::to_string(position);
  if (position >= responseOrder.size()) return Json();
  const Json& shown = responseOrder[position];
  if (shown.is_number_integer()) return "response-" + std::to_string(shown.get<std::int64_t>());
  if (shown.is_string()) {
    auto it = std::find(models.begin(), models.end(), shown.get<std::string>());
    if (it != models.end()) return "response-" + std::to_string(it - models.begin());
  }
  return Json();
}

std::vector<std::string> disagreeingFields(const AnnotationSchema& schema, const std::vector<ComparedAnnotation>& annotations,
                                           const std::vector<std::string>& models) {
  std::vector<std::string> out;
  if (annotations.size() < 2) return out;
  for (const auto& field : schema.fields()) {
    if (!comparedKind(field.kind)) continue;
    Json first = comparable(field, annotations[0], models);
    for (std::size_t i = 1; i < annotations.size(); ++i) {
      if (comparable(field, annotations[i], models) != first) {
        out.push_back(field.id);
        break;
      }
    }
  }
  return out;
}

Json ReviewService::reviewQueue(const Principal& who, const std::string& projectSlug, const std::string& cursor,
                                int limit) {
  requireLead(who);
  if (limit < 1 || limit > 1000) throw ServiceError(ErrorKind::BadRequest, "bad-limit", "limit must be between 1 and 1000.");
  std::int64_t after = parseIdCursor(cursor);
  auto conn = db_.acquire();
  pqxx::read_transaction tx(*conn);
  auto project = requireProject(tx, projectSlug);
  AnnotationSchema schema = AnnotationSchema::parse(project.annotationSchema);

  Json items = Json::array();
  std::int64_t lastSeen = after;
  bool more = false;
  const int batch = std::max(limit, 100);
  while (!more) {
    auto candidates = store::listReviewCandidates(tx, project.id, lastSeen, batch);
    // Two queries per batch, not two per case.
    const auto cases = store::findReviewCases(tx, project.id, candidates);
    const auto annotations = store::listSubmittedAnnotations(tx, candidates);
    for (std::int64_t caseId : candidates) {
      const auto found = cases.find(caseId);
      if (found == cases.end()) {
        lastSeen = caseId;
        continue;
      }
      std::vector<ComparedAnnotation> submitted;
      if (const auto a = annotations.find(caseId); a != annotations.end()) {
        for (const auto& x : a->second) submitted.push_back({x.annotation.payload, x.responseOrder});
      }
      auto fields = disagreeingFields(schema, submitted, responseModels(found->second.record.content));
      if (fields.empty()) {
        lastSeen = caseId;
        continue;
      }
      if (static_cast<int>(items.size()) == limit) {
        more = true;
        break;
      }
      lastSeen = caseId;
      items.push_back({{"case_id", caseId},
                       {"external_id", found->second.record.externalId},
                       {"specialty", found->second.record.specialty},
                       {"is_gold", found->second.record.isGold},
                       {"submitted", submitted.size()},
                       {"disagreeing_fields", fields}});
    }
    if (static_cast<int>(candidates.size()) < batch) break;
  }
  // The cursor is the last case returned: the next page starts after it.
  Json next = more ? Json(std::to_string(lastSeen)) : Json(nullptr);
  return {{"items", items}, {"next_cursor", next}};
}

CaseView ReviewService::caseAnnotations(const Principal& who, const std::string& projectSlug, std::int64_t caseId,
                                        const RequestMeta& meta) {
  requireLead(who);
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  auto project = requireProject(tx, projectSlug);
  auto found = store::findReviewCase(tx, project.id, caseId);
  if (!found) {
    store::appendAudit(tx, {who.userId, "review.case.read.refused", "case", std::to_string(caseId), meta.requestId,
                            meta.clientAddr, Json{{"project", projectSlug}}});
    tx.commit();
    throw ServiceError(ErrorKind::NotFound, "not-found", "No such case in this project.");
  }
  const auto& c = found->record;
  Json media = Json::array();
  for (const auto& m : store::listCaseMedia(tx, caseId)) {
    media.push_back({{"id", m.id}, {"kind", m.kind}, {"position", m.position}, {"mime_type", m.mimeType},
                     {"bytes", m.bytes}, {"sha256", m.sha256}});
  }
  const auto models = responseModels(c.content);
  Json annotations = Json::array();
  std::vector<ComparedAnnotation> submitted;
  for (const auto& a : store::listCaseAnnotations(tx, caseId)) {
    annotations.push_back({{"annotation_id", a.annotation.id},
                           {"assignment_id", a.annotation.assignmentId},
                           {"annotator", {{"pseudonym", a.pseudonym}, {"username", a.username}}},
                           {"status", a.annotation.status},
                           {"payload", a.annotation.payload},
                           {"version", a.annotation.version},
                           {"submitted_at", a.annotation.submittedAt.empty() ? Json() : Json(a.annotation.submittedAt)},
                           {"updated_at", a.annotation.updatedAt},
                           {"time_on_task_ms", a.annotation.timeOnTaskMs},
                           {"flagged_phi", a.annotation.flaggedPhi},
                           {"response_order", a.responseOrder}});
    if (a.annotation.status == "submitted") submitted.push_back({a.annotation.payload, a.responseOrder});
  }
  auto adjudication = store::findAdjudication(tx, caseId);
  AnnotationSchema schema = AnnotationSchema::parse(project.annotationSchema);
  Json body{{"case",
             {{"id", c.id},
              {"project", project.slug},
              {"external_id", c.externalId},
              {"patient_key", c.patientKey},
              {"specialty", c.specialty},
              {"status", c.status},
              {"is_gold", c.isGold},
              {"gold_answer", found->goldAnswer},
              {"note_text", c.noteText},
              {"conversation", c.content.value("conversation", Json())},
              {"rubric_criteria", c.content.value("rubric_criteria", Json::array())},
              {"media", media}}},
            {"schema", project.annotationSchema},
            {"schema_version", project.schemaVersion},
            {"annotations", annotations},
            {"disagreeing_fields", disagreeingFields(schema, submitted, models)},
            {"adjudication", adjudication ? adjudicationJson(*adjudication) : Json()}};
  store::appendAudit(tx, {who.userId, "review.case.read", "case", std::to_string(caseId), meta.requestId,
                          meta.clientAddr, Json{{"project", project.slug}, {"annotations", annotations.size()}}});
  tx.commit();
  return {body, adjudication ? annotationEtag(adjudication->version) : std::string()};
}

WriteResult ReviewService::putAdjudication(const Principal& who, const AdjudicationWrite& write, const RequestMeta& meta) {
  requireLead(who);
  requireIdempotencyKey(write.idempotencyKey);
  std::string fingerprint =
      sha256Hex("adjudication\n" + write.projectSlug + "\n" + std::to_string(write.caseId) + "\n" + write.rawBody);

  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  if (auto replay = replayIfSeen(tx, who.userId, write.idempotencyKey, fingerprint)) return *replay;
  auto project = requireProject(tx, write.projectSlug);
  auto found = store::findReviewCase(tx, project.id, write.caseId);
  if (!found) {
    store::appendAudit(tx, {who.userId, "adjudication.write.refused", "case", std::to_string(write.caseId),
                            meta.requestId, meta.clientAddr, Json{{"project", project.slug}}});
    tx.commit();
    throw ServiceError(ErrorKind::NotFound, "not-found", "No such case in this project.");
  }
  ParsedAdjudication parsed = parseAdjudication(write.body);
  AnnotationSchema schema = AnnotationSchema::parse(project.annotationSchema);
  std::size_t images = 0;
  for (const auto& m : store::listCaseMedia(tx, write.caseId)) images += m.kind == "image" ? 1 : 0;
  auto errors = schema.validate(parsed.finalPayload,
                                caseValidationContext(found->record.noteText, found->record.content, images),
                                PayloadStage::Submitted);
  if (!errors.empty()) {
    Json list = Json::array();
    for (const auto& e : errors) list.push_back({{"path", "/final_payload" + e.path}, {"message", e.message}});
    throw ServiceError(ErrorKind::Unprocessable, "validation-failed",
                       "The final payload does not match the project's schema.", Json{{"errors", list}});
  }

  auto existing = store::lockAdjudication(tx, write.caseId);
  std::optional<store::AdjudicationRecord> saved;
  int status = 200;
  if (existing) {
    if (!write.ifMatch) {
      throw ServiceError(ErrorKind::PreconditionRequired, "if-match-required",
                         "This case is adjudicated: send If-Match with the ETag you last saw.",
                         Json{{"current_version", existing->version}});
    }
    if (*write.ifMatch != annotationEtag(existing->version)) {
      throw ServiceError(ErrorKind::PreconditionFailed, "stale-version",
                         "Someone saved a newer adjudication of this case.", Json{{"current_version", existing->version}});
    }
    saved = store::updateAdjudication(tx, write.caseId, who.userId, parsed.finalPayload, parsed.rationale,
                                      existing->version);
  } else {
    if (write.ifMatch && *write.ifMatch != "*") {
      throw ServiceError(ErrorKind::PreconditionFailed, "stale-version", "There is no adjudication to match yet.");
    }
    saved = store::insertAdjudication(tx, write.caseId, project.id, who.userId, parsed.finalPayload, parsed.rationale);
    status = 201;
  }
  if (!saved) {
    throw ServiceError(ErrorKind::PreconditionFailed, "stale-version", "Someone saved a newer adjudication of this case.");
  }
  WriteResult result{status, adjudicationJson(*saved).dump(), annotationEtag(saved->version), false};
  store::appendAudit(tx, {who.userId, status == 201 ? "adjudication.create" : "adjudication.update", "adjudication",
                          std::to_string(saved->id), meta.requestId, meta.clientAddr,
                          Json{{"case_id", saved->caseId}, {"project", project.slug}, {"version", saved->version}}});
  rememberWrite(tx, who.userId, write.idempotencyKey, fingerprint, result);
  tx.commit();
  return result;
}

}  // namespace concord::service
