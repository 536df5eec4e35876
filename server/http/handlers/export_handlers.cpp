// POST /api/v1/projects/{slug}/exports, GET /api/v1/exports/{id}, GET /api/v1/exports/{id}/manifest
// (data leads and admins)
#include "http/handlers/handlers.h"
#include "service/export_jobs.h"

namespace concord::http {

void registerExportRoutes(Router& router, Services& s) {
  router.add({"POST", "/api/v1/projects/{slug}/exports", kLeads, false, 64 * 1024, false, [&s](Request& r) {
                auto started = s.exports.start(r.who(), r.params.at("slug"), r.json(), r.meta);
                Response response = Response::json(202, started.body);
                response.headers.emplace_back("Location", "/api/v1/exports/" + std::to_string(started.id));
                return response;
              }});
  router.add({"GET", "/api/v1/exports/{id}", kLeads, false, 0, false, [&s](Request& r) {
                return Response::json(200, s.exports.status(r.who(), idParam(r, "id")));
              }});
  router.add({"GET", "/api/v1/exports/{id}/manifest", kLeads, false, 0, false, [&s](Request& r) {
                return Response{200, "application/json", s.exports.manifest(r.who(), idParam(r, "id")), {}, {}};
              }});
}

}  // namespace concord::http
