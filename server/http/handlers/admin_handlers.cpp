// Admin: GET/POST /api/v1/admin/users, PATCH /api/v1/admin/users/{id}
#include "http/handlers/handlers.h"

#include "service/errors.h"

namespace concord::http {
namespace {

using service::ErrorKind;
using service::ServiceError;

std::string stringMember(const Json& body, const char* name, bool required) {
  if (!body.contains(name)) {
    if (required) throw ServiceError(ErrorKind::Unprocessable, "invalid-request", std::string(name) + " is required.",
                                     Json{{"errors", Json::array({{{"path", std::string("/") + name}, {"message", "required"}}})}});
    return "";
  }
  if (!body[name].is_string()) {
    throw ServiceError(ErrorKind::Unprocessable, "invalid-request", std::string(name) + " must be a string.",
                       Json{{"errors", Json::array({{{"path", std::string("/") + name}, {"message", "must be a string"}}})}});
  }
  return body[name].get<std::string>();
}

}  // namespace

void registerAdminRoutes(Router& router, Services& s) {
  router.add({"GET", "/api/v1/admin/users", kAdmins, false, 0, false, [&s](Request& r) {
                auto it = r.query.find("cursor");
                return Response::json(200, s.admin.listUsers(it == r.query.end() ? "" : it->second,
                                                             intQuery(r, "limit", 100, 1, 1000)));
              }});
  router.add({"POST", "/api/v1/admin/users", kAdmins, false, 16 * 1024, false, [&s](Request& r) {
                Json body = r.json();
                if (!body.is_object()) throw ServiceError(ErrorKind::Unprocessable, "invalid-request", "Send a JSON object.");
                service::NewUser user;
                user.username = stringMember(body, "username", true);
                user.role = stringMember(body, "role", true);
                user.password = stringMember(body, "password", true);
                user.displayName = stringMember(body, "display_name", false);
                if (body.contains("specialties")) {
                  if (!body["specialties"].is_array()) {
                    throw ServiceError(ErrorKind::Unprocessable, "invalid-request", "specialties must be a list of strings.");
                  }
                  for (const auto& sp : body["specialties"]) {
                    if (!sp.is_string()) throw ServiceError(ErrorKind::Unprocessable, "invalid-request", "specialties must be strings.");
                    user.specialties.push_back(sp.get<std::string>());
                  }
                }
                auto id = s.admin.createUser(user, r.meta, r.who().userId);
                Response response = Response::json(201, {{"id", id}, {"username", user.username}, {"role", user.role},
                                                         {"specialties", user.specialties}, {"disabled", false}});
                response.headers.emplace_back("Location", "/api/v1/admin/users/" + std::to_string(id));
                return response;
              }});
  router.add({"PATCH", "/api/v1/admin/users/{id}", kAdmins, false, 16 * 1024, false, [&s](Request& r) {
                return Response::json(200, s.admin.updateUser(idParam(r, "id"), r.json(), r.who(), r.meta));
              }});
}

}  // namespace concord::http
