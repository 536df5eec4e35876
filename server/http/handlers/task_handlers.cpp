// POST /api/v1/projects/{slug}/next-task, POST /api/v1/cases/{id}/skip, POST /api/v1/cases/{id}/phi-flag
#include "http/handlers/handlers.h"

#include "service/errors.h"

namespace concord::http {

void registerTaskRoutes(Router& router, Services& s) {
  router.add({"POST", "/api/v1/projects/{slug}/next-task", kClinicians, false, 1024, false, [&s](Request& r) {
                auto task = s.tasks.nextTask(r.who(), r.params.at("slug"), r.meta);
                return task ? Response::json(200, *task) : Response::noContent();
              }});
  router.add({"POST", "/api/v1/cases/{id}/skip", kClinicians, false, 8 * 1024, false, [&s](Request& r) {
                Json body = r.json();
                if (!body.is_object() || !body.contains("reason") || !body["reason"].is_string()) {
                  throw service::ServiceError(service::ErrorKind::Unprocessable, "invalid-request",
                                              "Send {\"reason\": \"...\"}.");
                }
                s.tasks.skip(r.who(), idParam(r, "id"), body["reason"].get<std::string>(), r.meta);
                return Response::noContent();
              }});
  router.add({"POST", "/api/v1/cases/{id}/phi-flag", kClinicians, false, 1024, false, [&s](Request& r) {
                s.tasks.flagPhi(r.who(), idParam(r, "id"), r.meta);
                return Response::noContent();
              }});
}

}  // namespace concord::http
