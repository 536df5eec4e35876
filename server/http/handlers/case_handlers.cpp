// GET /api/v1/assignments, GET /api/v1/cases/{id}, GET /api/v1/cases/{id}/media/{mediaId},
// PUT /api/v1/cases/{id}/annotation
#include "http/handlers/handlers.h"

namespace concord::http {

void registerCaseRoutes(Router& router, Services& s) {
  router.add({"GET", "/api/v1/assignments", kClinicians, false, 0, false, [&s](Request& r) {
                int limit = intQuery(r, "limit", 100, 1, 1000);
                auto it = r.query.find("cursor");
                return Response::json(200, s.cases.listAssignments(r.who(), it == r.query.end() ? "" : it->second, limit));
              }});
  router.add({"GET", "/api/v1/cases/{id}", kClinicians, false, 0, false, [&s](Request& r) {
                auto view = s.cases.getCase(r.who(), idParam(r, "id"), r.meta);
                Response response = Response::json(200, view.body);
                if (!view.etag.empty()) response.headers.emplace_back("ETag", view.etag);
                return response;
              }});
  router.add({"GET", "/api/v1/cases/{id}/media/{mediaId}", kAnyRole, false, 0, false, [&s](Request& r) {
                auto medium = s.cases.getMedium(r.who(), idParam(r, "id"), idParam(r, "mediaId"), r.meta);
                return Response{200, medium.mimeType, std::move(medium.bytes), {}, {}};
              }});
  router.add({"PUT", "/api/v1/cases/{id}/annotation", kClinicians, false, 1 << 20, false, [&s](Request& r) {
                service::AnnotationWrite write;
                write.caseId = idParam(r, "id");
                write.idempotencyKey = r.header("idempotency-key");
                write.ifMatch = r.optionalHeader("if-match");
                write.rawBody = r.body;
                write.body = r.json();
                auto result = s.annotations.putAnnotation(r.who(), write, r.meta);
                Response response{result.status, "application/json", result.body, {{"ETag", result.etag}}, {}};
                if (result.replayed) response.headers.emplace_back("Idempotent-Replayed", "true");
                return response;
              }});
}

}  // namespace concord::http
