// POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/me
#include "http/handlers/handlers.h"

#include "service/errors.h"

namespace concord::http {
namespace {

using service::ErrorKind;
using service::ServiceError;

Json principalJson(const service::Principal& p) {
  return {{"id", p.userId}, {"username", p.username}, {"role", roleName(p.role)}, {"specialties", p.specialties}};
}

}  // namespace

void registerAuthRoutes(Router& router, Services& s) {
  router.add({"POST", "/api/v1/auth/login", {}, true, 16 * 1024, false, [&s](Request& r) {
                Json body = r.json();
                if (!body.is_object() || !body.contains("username") || !body["username"].is_string() ||
                    !body.contains("password") || !body["password"].is_string()) {
                  throw ServiceError(ErrorKind::Unprocessable, "invalid-request",
                                     "Send {\"username\": \"...\", \"password\": \"...\"}.");
                }
                auto result = s.auth.login(body["username"].get<std::string>(), body["password"].get<std::string>(), r.meta);
                return Response::json(200, {{"token", result.token},
                                            {"token_type", "Bearer"},
                                            {"expires_at", result.expiresAt},
                                            {"user", principalJson(result.principal)}});
              }});
  router.add({"POST", "/api/v1/auth/logout", kAnyRole, false, 1024, false, [&s](Request& r) {
                s.auth.logout(r.bearerToken, r.who(), r.meta);
                return Response::noContent();
              }});
  router.add({"GET", "/api/v1/me", kAnyRole, false, 0, false,
              [](Request& r) { return Response::json(200, principalJson(r.who())); }});
}

}  // namespace concord::http
