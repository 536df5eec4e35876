// Projects: GET/POST /api/v1/projects, GET /api/v1/projects/{slug},
// POST /api/v1/projects/{slug}/cases/import (streamed JSONL)
#include "http/handlers/handlers.h"

#include "service/errors.h"
#include "store/project_store.h"

namespace concord::http {
namespace {

using service::ErrorKind;
using service::ServiceError;

Json projectJson(const store::ProjectRecord& p) {
  return {{"id", p.id},         {"slug", p.slug},         {"name", p.name},          {"schema", p.annotationSchema},
          {"schema_version", p.schemaVersion}, {"overlap", p.overlapK}, {"gold_rate", p.goldRate}};
}

}  // namespace

void registerProjectRoutes(Router& router, Services& s) {
  router.add({"GET", "/api/v1/projects", kAnyRole, false, 0, false, [&s](Request&) {
                Json items = Json::array();
                for (const auto& p : s.admin.listProjects()) items.push_back(projectJson(p));
                return Response::json(200, {{"items", items}});
              }});
  router.add({"GET", "/api/v1/projects/{slug}", kAnyRole, false, 0, false, [&s](Request& r) {
                auto p = s.admin.findProject(r.params.at("slug"));
                if (!p) throw ServiceError(ErrorKind::NotFound, "not-found", "No such project.");
                return Response::json(200, projectJson(*p));
              }});
  router.add({"POST", "/api/v1/projects", kLeads, false, 1 << 20, false, [&s](Request& r) {
                Json body = r.json();
                if (!body.is_object() || !body.contains("slug") || !body["slug"].is_string() || !body.contains("schema")) {
                  throw ServiceError(ErrorKind::Unprocessable, "invalid-request",
                                     "Send {\"slug\", \"name\", \"schema\", \"overlap\"?, \"gold_rate\"?}.");
                }
                const Json& overlap = body.contains("overlap") ? body["overlap"] : Json(2);
                const Json& gold = body.contains("gold_rate") ? body["gold_rate"] : Json(0.0);
                if (!overlap.is_number_integer() || !gold.is_number()) {
                  throw ServiceError(ErrorKind::Unprocessable, "invalid-request", "overlap is a whole number, gold_rate a number.");
                }
                service::NewProject project{body["slug"].get<std::string>(),
                                            body.value("name", body["slug"].get<std::string>()), body["schema"],
                                            overlap.get<int>(), gold.get<double>()};
                auto id = s.admin.createProject(project, r.meta, r.who().userId);
                auto created = s.admin.findProject(project.slug);
                Response response = Response::json(201, created ? projectJson(*created) : Json{{"id", id}});
                response.headers.emplace_back("Location", "/api/v1/projects/" + project.slug);
                return response;
              }});
  // The body is read as a stream, line by line: 100,000 cases are never held in memory.
  router.add({"POST", "/api/v1/projects/{slug}/cases/import", kLeads, false, 0, true, [&s](Request& r) {
                auto summary = s.importer.import(r.params.at("slug"), *r.bodyStream, r.meta, r.who().userId);
                return Response::json(200, summary.toJson());
              }});
}

}  // namespace concord::http
