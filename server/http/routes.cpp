#include "http/handlers/handlers.h"

namespace concord::http {

void registerRoutes(Router& router, Services& services) {
  registerHealthRoutes(router, services);
  registerAuthRoutes(router, services);
  registerCaseRoutes(router, services);
  registerReviewRoutes(router, services);
  registerAgreementRoutes(router, services);
  registerExportRoutes(router, services);
  registerTaskRoutes(router, services);
  registerAdminRoutes(router, services);
  registerProjectRoutes(router, services);
  registerPhiRoutes(router, services);
}

}  // namespace concord::http
