#pragma once
// Turns each Poco request into a Request, authenticates, authorizes by route, calls the
// handler, maps errors to problem+json, records metrics and writes one JSON log line.
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include "http/metrics.h"
#include "http/router.h"
#include "service/auth_service.h"
#include "store/database.h"

namespace concord::http {

struct DispatchContext {
  Router& router;
  Metrics& metrics;
  service::AuthService& auth;
  store::Database& db;
};

class DispatcherFactory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit DispatcherFactory(DispatchContext context) : context_(context) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

 private:
  DispatchContext context_;
};

}  // namespace concord::http
