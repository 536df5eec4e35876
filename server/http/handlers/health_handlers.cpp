// GET /healthz, GET /metrics, GET /api/v1/openapi.json
#include "http/handlers/handlers.h"

#include "concord/openapi.h"

namespace concord::http {

void registerHealthRoutes(Router& router, Services& s) {
  router.add({"GET", "/healthz", {}, true, 0, false, [&s](Request&) {
                bool up = s.db.ping();
                return Response::json(up ? 200 : 503, {{"status", up ? "ok" : "degraded"},
                                                       {"database", up ? "reachable" : "unreachable"}});
              }});
  router.add({"GET", "/metrics", {}, true, 0, false, [&s](Request&) {
                return Response{200, "text/plain; version=0.0.4", s.metrics.render(s.db.stats()), {}, {}};
              }});
  router.add({"GET", "/api/v1/openapi.json", {}, true, 0, false, [](Request&) {
                return Response{200, "application/json", std::string(openApiDocument()), {}, {}};
              }});
}

}  // namespace concord::http
