#include "http/handlers/handlers.h"

namespace concord::http {

void registerRoutes(Router& router, Services& services) {
  registerHealthRoutes(router, services);
  registerAuthRoutes(router, services);
  registerCaseRoutes(router, services);
}

}  // namespace concord::http
