// GET /api/v1/projects/{slug}/review-queue, GET /api/v1/projects/{slug}/cases/{id}/annotations,
// PUT /api/v1/projects/{slug}/cases/{id}/adjudication (data leads and admins)
#include "http/handlers/handlers.h"
#include "service/review_service.h"

namespace concord::http {

void registerReviewRoutes(Router& router, Services& s) {
  router.add({"GET", "/api/v1/projects/{slug}/review-queue", kLeads, false, 0, false, [&s](Request& r) {
                int limit = intQuery(r, "limit", 100, 1, 1000);
                auto it = r.query.find("cursor");
                return Response::json(200, s.review.reviewQueue(r.who(), r.params.at("slug"),
                                                                it == r.query.end() ? "" : it->second, limit));
              }});
  router.add({"GET", "/api/v1/projects/{slug}/cases/{id}/annotations", kLeads, false, 0, false, [&s](Request& r) {
                auto view = s.review.caseAnnotations(r.who(), r.params.at("slug"), idParam(r, "id"), r.meta);
                Response response = Response::json(200, view.body);
                if (!view.etag.empty()) response.headers.emplace_back("ETag", view.etag);
                return response;
              }});
  router.add({"PUT", "/api/v1/projects/{slug}/cases/{id}/adjudication", kLeads, false, 1 << 20, false, [&s](Request& r) {
                service::AdjudicationWrite write;
                write.projectSlug = r.params.at("slug");
                write.caseId = idParam(r, "id");
                write.idempotencyKey = r.header("idempotency-key");
                write.ifMatch = r.optionalHeader("if-match");
                write.rawBody = r.body;
                write.body = r.json();
                auto result = s.review.putAdjudication(r.who(), write, r.meta);
                Response response{result.status, "application/json", result.body, {{"ETag", result.etag}}, {}};
                if (result.replayed) response.headers.emplace_back("Idempotent-Replayed", "true");
                return response;
              }});
}

}  // namespace concord::http
