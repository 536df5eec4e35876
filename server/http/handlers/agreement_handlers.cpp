// GET /api/v1/projects/{slug}/agreement (data leads and admins)
#include "http/handlers/handlers.h"
#include "service/agreement_service.h"

namespace concord::http {
namespace {

std::optional<std::string> optionalQuery(const Request& r, const std::string& name) {
  auto it = r.query.find(name);
  if (it == r.query.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

}  // namespace

void registerAgreementRoutes(Router& router, Services& s) {
  router.add({"GET", "/api/v1/projects/{slug}/agreement", kLeads, false, 0, false, [&s](Request& r) {
                service::AgreementQuery q;
                q.projectSlug = r.params.at("slug");
                q.field = optionalQuery(r, "field").value_or("");
                q.specialty = optionalQuery(r, "specialty");
                q.from = optionalQuery(r, "from");
                q.to = optionalQuery(r, "to");
                q.annotators = optionalQuery(r, "annotators").value_or("");
                q.bootstrap = intQuery(r, "bootstrap", 0, 0, 10000);
                q.seed = optionalQuery(r, "seed").value_or("");
                return Response::json(200, s.agreement.report(r.who(), q));
              }});
}

}  // namespace concord::http
