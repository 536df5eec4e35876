#pragma once
// Routes: method + pattern ("/api/v1/cases/{id}") → handler, with the roles allowed to call it.
// Deny by default: a route lists its roles explicitly, or is marked public.
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "concord/core/roles.h"
#include "http/http_types.h"

namespace concord::http {

using Handler = std::function<Response(Request&)>;

struct Route {
  std::string method;
  std::string pattern;
  std::set<Role> roles;        // who may call it; ignored when isPublic
  bool isPublic = false;       // no bearer token needed
  std::size_t maxBodyBytes = 1 << 20;
  bool streamsBody = false;    // handler reads Request::bodyStream itself
  Handler handler;
};

struct RouteMatch {
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  bool pathExists = false;     // some route has this path (for 405 vs 404)
};

class Router {
 public:
  void add(Route route);
  RouteMatch match(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

/// Roles shorthand.
inline const std::set<Role> kAnyRole{Role::Clinician, Role::DataLead, Role::Admin};
inline const std::set<Role> kClinicians{Role::Clinician};
inline const std::set<Role> kLeads{Role::DataLead, Role::Admin};
inline const std::set<Role> kAdmins{Role::Admin};

}  // namespace concord::http
