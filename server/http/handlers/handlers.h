#pragma once
// Route groups. Each handler parses, calls one service function, maps the result.
#include "http/router.h"
#include "http/services.h"

namespace concord::http {

void registerHealthRoutes(Router& router, Services& services);
void registerAuthRoutes(Router& router, Services& services);
void registerCaseRoutes(Router& router, Services& services);
void registerReviewRoutes(Router& router, Services& services);
void registerAgreementRoutes(Router& router, Services& services);
void registerExportRoutes(Router& router, Services& services);
void registerTaskRoutes(Router& router, Services& services);
void registerAdminRoutes(Router& router, Services& services);
void registerProjectRoutes(Router& router, Services& services);
void registerPhiRoutes(Router& router, Services& services);

}  // namespace concord::http
