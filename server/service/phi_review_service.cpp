#include "service/phi_review_service.h"

#include <set>

#include "concord/core/hashing.h"
#include "concord/core/json_escape.h"
#include "concord/phi/detector.h"
#include "concord/phi/redact.h"
#include "concord/phi/surrogate.h"
#include "service/cursor.h"
#include "service/errors.h"
#include "store/audit_store.h"
#include "store/case_store.h"
#include "store/phi_store.h"
#include "store/project_store.h"
#include "store/review_store.h"

namespace concord::service {
namespace {

std::uint64_t surrogateSeed(const std::string& secret) {
  std::string digest = sha256Raw(secret + "\nsurrogates");
  std::uint64_t seed = 0;
  for (int i = 0; i < 8; ++i) seed = (seed << 8) | static_cast<unsigned char>(digest[static_cast<std::size_t>(i)]);
  return seed;
}

// Applies `rewrite` to the note and to every text of the conversation and rubric criteria.
template <typename Rewrite>
void rewriteTexts(std::string& note, Json& content, Rewrite rewrite) {
  note = rewrite(note);
  if (content.contains("conversation")) {
    for (const char* list : {"messages", "responses"}) {
      if (!content["conversation"].contains(list)) continue;
      for (auto& item : content["conversation"][list]) {
        if (item.contains("content") && item["content"].is_string()) item["content"] = rewrite(item["content"].get<std::string>());
      }
    }
  }
  if (content.contains("rubric_criteria")) {
    for (auto& c : content["rubric_criteria"]) {
      if (c.contains("text") && c["text"].is_string()) c["text"] = rewrite(c["text"].get<std::string>());
    }
  }
}

// Calls `visit` with every string inside a JSON value (an answer's free text, a rubric criterion).
template <typename Visit>
void forEachString(const Json& value, Visit& visit) {
  if (value.is_string()) {
    visit(value.get<std::string>());
  } else if (value.is_array() || value.is_object()) {
    for (const auto& item : value) forEachString(item, visit);
  }
}

// Records each current detector hit of every text as a known false positive: the case's own
// texts and, since the export gate also scans them, the clinicians' answers and the
// adjudication (a finding from the export scan may be in either).
void recordOverrides(pqxx::transaction_base& tx, std::int64_t caseId, const std::string& note, const Json& content,
                     const std::string& reason, std::int64_t reviewer) {
  std::set<std::string> recorded;  // category + hash: one override per distinct hit
  auto record = [&](const std::string& text) {
    for (const auto& f : phi::detectPhiBytes(text)) {
      std::string category(phi::categoryName(f.category));
      std::string hash = sha256Hex(std::string_view(text).substr(f.start, f.end - f.start));
      if (recorded.insert(category + ":" + hash).second) store::insertOverride(tx, caseId, category, hash, reason, reviewer);
    }
    return text;
  };
  std::string noteCopy = note;
  Json contentCopy = content;
  rewriteTexts(noteCopy, contentCopy, record);
  for (const auto& a : store::listCaseAnnotations(tx, caseId)) forEachString(a.annotation.payload, record);
  if (auto adjudication = store::findAdjudication(tx, caseId)) forEachString(adjudication->finalPayload, record);
}

Json findingJson(const store::StoredFinding& f) {
  return {{"id", f.id},
          {"source", f.source},
          {"field", f.field},
          {"start", f.start ? Json(*f.start) : Json()},
          {"end", f.end ? Json(*f.end) : Json()},
          {"category", f.category},
          {"status", f.status}};
}

}  // namespace

Json PhiReviewService::quarantine(const Principal& who, const std::string& projectSlug, const std::string& cursor,
                                  int limit, const RequestMeta& meta) {
  std::int64_t after = parseIdCursor(cursor);
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  auto project = store::findProjectBySlug(tx, projectSlug);
  if (!project) throw ServiceError(ErrorKind::NotFound, "not-found", "No such project.");
  auto rows = store::listQuarantined(tx, project->id, after, limit + 1);
  Json items = Json::array();
  for (std::size_t i = 0; i < rows.size() && static_cast<int>(i) < limit; ++i) {
    auto c = store::findCase(tx, rows[i].caseId);
    Json findings = Json::array();
    for (const auto& f : store::listFindings(tx, rows[i].caseId)) findings.push_back(findingJson(f));
    items.push_back({{"case_id", rows[i].caseId},
                     {"external_id", rows[i].externalId},
                     {"quarantined_at", rows[i].quarantinedAt},
                     {"note_text", c ? c->noteText : ""},
                     {"content", c ? c->content : Json::object()},
                     {"findings", findings}});
    store::appendAudit(tx, {who.userId, "case.read", "case", std::to_string(rows[i].caseId), meta.requestId,
                            meta.clientAddr, Json{{"purpose", "phi_review"}}});
  }
  Json next = static_cast<int>(rows.size()) > limit ? Json(std::to_string(rows[static_cast<std::size_t>(limit) - 1].caseId)) : Json();
  tx.commit();
  return {{"items", items}, {"next_cursor", next}};
}

Json PhiReviewService::review(const Principal& who, std::int64_t caseId, PhiAction action, const std::string& reason,
                              const RequestMeta& meta) {
  if (reason.empty() || !isValidUtf8(reason) || reason.size() > 2000) {
    throw ServiceError(ErrorKind::Unprocessable, "invalid-reason", "Give a reason of 1 to 2000 bytes.",
                       Json{{"errors", Json::array({{{"path", "/reason"}, {"message", "1 to 2000 bytes"}}})}});
  }
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  auto c = store::findCase(tx, caseId);
  if (!c) throw ServiceError(ErrorKind::NotFound, "not-found", "No such case.");
  if (c->status != "quarantined") throw ServiceError(ErrorKind::Conflict, "not-quarantined", "This case is not in quarantine.");
  int open = 0;
  for (const auto& f : store::listFindings(tx, caseId)) open += f.status == "open" ? 1 : 0;

  std::string note = c->noteText;
  Json content = c->content;
  std::string status;
  switch (action) {
    case PhiAction::FalsePositive:
      recordOverrides(tx, caseId, note, content, reason, who.userId);
      status = "false_positive";
      break;
    case PhiAction::Redact:
      rewriteTexts(note, content, [](const std::string& text) { return phi::redactPhi(text); });
      status = "redacted";
      break;
    case PhiAction::Surrogate: {
      phi::SurrogateGenerator generator(surrogateSeed(secret_));
      rewriteTexts(note, content, [&](const std::string& text) {
        return generator.apply(text, phi::detectPhiBytes(text), c->patientKey);
      });
      status = "surrogated";
      break;
    }
  }
  if (action != PhiAction::FalsePositive) store::updateCaseTexts(tx, caseId, note, content);
  store::closeFindings(tx, caseId, status, who.userId);
  store::releaseCase(tx, caseId);
  store::appendAudit(tx, {who.userId, "phi.review", "case", std::to_string(caseId), meta.requestId, meta.clientAddr,
                          Json{{"action", status}, {"findings_closed", open}}});
  tx.commit();
  return {{"case_id", caseId}, {"status", status}, {"findings_closed", open}};
}

}  // namespace concord::service
