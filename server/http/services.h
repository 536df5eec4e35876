#pragma once
// Everything the handlers may call, owned by the server.
#include "http/metrics.h"
#include "service/annotation_service.h"
#include "service/auth_service.h"
#include "service/case_service.h"
#include "service/agreement_service.h"
#include "service/export_jobs.h"
#include "service/review_service.h"
#include "service/task_service.h"
#include "service/admin_service.h"
#include "service/case_import.h"
#include "service/phi_review_service.h"
#include "store/database.h"

namespace concord::http {

struct Services {
  store::Database& db;
  service::AuthService& auth;
  service::CaseService& cases;
  service::AnnotationService& annotations;
  service::TaskService& tasks;
  service::AdminService& admin;
  service::CaseImporter& importer;
  service::PhiReviewService& phiReview;
  Metrics& metrics;
  service::ReviewService& review;
  service::AgreementService& agreement;
  service::ExportJobs& exports;
};

class Router;
/// Registers every route of the REST API. docs/openapi.json documents each one.
void registerRoutes(Router& router, Services& services);

}  // namespace concord::http
