// PHI review (data leads): GET /api/v1/projects/{slug}/quarantine, POST /api/v1/cases/{id}/phi-review
#include "http/handlers/handlers.h"

#include "service/errors.h"

namespace concord::http {

void registerPhiRoutes(Router& router, Services& s) {
  router.add({"GET", "/api/v1/projects/{slug}/quarantine", kLeads, false, 0, false, [&s](Request& r) {
                auto it = r.query.find("cursor");
                return Response::json(200, s.phiReview.quarantine(r.who(), r.params.at("slug"),
                                                                  it == r.query.end() ? "" : it->second,
                                                                  intQuery(r, "limit", 50, 1, 500), r.meta));
              }});
  router.add({"POST", "/api/v1/cases/{id}/phi-review", kLeads, false, 16 * 1024, false, [&s](Request& r) {
                Json body = r.json();
                std::string action = body.is_object() ? body.value("action", "") : "";
                std::string reason = body.is_object() && body.contains("reason") && body["reason"].is_string()
                                         ? body["reason"].get<std::string>() : "";
                service::PhiAction parsed;
                if (action == "false_positive") parsed = service::PhiAction::FalsePositive;
                else if (action == "redact") parsed = service::PhiAction::Redact;
                else if (action == "surrogate") parsed = service::PhiAction::Surrogate;
                else throw service::ServiceError(service::ErrorKind::Unprocessable, "invalid-request",
                                                 "action must be false_positive, redact or surrogate.",
                                                 Json{{"errors", Json::array({{{"path", "/action"}, {"message", "unknown action"}}})}});
                return Response::json(200, s.phiReview.review(r.who(), idParam(r, "id"), parsed, reason, r.meta));
              }});
}

}  // namespace concord::http
