#include "http/server.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

#include "http/dispatcher.h"
#include "http/metrics.h"
#include "http/router.h"
#include "http/services.h"
#include "service/annotation_service.h"
#include "service/auth_service.h"
#include "service/case_service.h"
#include "service/agreement_service.h"
#include "service/export_jobs.h"
#include "service/review_service.h"
#include "service/task_service.h"
#include "store/database.h"
#include "tls/dev_certificates.h"

namespace concord::http {

struct Server::Impl {
  ServerOptions options;
  std::string caFile;
  store::Database db;
  service::AuthService auth;
  service::CaseService cases;
  service::AnnotationService annotations;
  service::ReviewService review;
  service::AgreementService agreement;
  service::ExportJobs exports;
  service::TaskService tasks;
  service::AdminService admin;
  service::CaseImporter importer;
  service::PhiReviewService phiReview;
  Metrics metrics;
  Services services;
  Router router;
  std::unique_ptr<Poco::ThreadPool> threads;
  std::unique_ptr<Poco::Net::HTTPServer> server;
  int boundPort = 0;

  explicit Impl(ServerOptions o)
      : options(std::move(o)),
        db(options.databaseUrl, options.poolSize),
        auth(db),
        cases(db),
        annotations(db),
        review(db),
        agreement(db),
        exports(db, options.stateDir),
        tasks(db, options.secret),
        admin(db, options.secret),
        importer(db, options.secret),
        phiReview(db, options.secret),
        services{db, auth, cases, annotations, tasks, admin, importer, phiReview, metrics, review, agreement, exports} {
    registerRoutes(router, services);
  }
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

Server::~Server() { stop(); }

void Server::start() {
  auto& o = impl_->options;
  Poco::Net::SocketAddress address(o.host, static_cast<Poco::UInt16>(o.port));
  std::unique_ptr<Poco::Net::ServerSocket> socket;
  if (o.plainHttp) {
    socket = std::make_unique<Poco::Net::ServerSocket>(address, 256);
  } else {
    std::string cert = o.tlsCertificate, key = o.tlsKey;
    if (cert.empty() || key.empty()) {
      auto dev = tls::ensureDevCertificates(o.stateDir);
      cert = dev.serverCertificate;
      key = dev.serverKey;
      impl_->caFile = dev.caCertificate;
    }
    Poco::Net::initializeSSL();
    Poco::Net::Context::Ptr context = new Poco::Net::Context(
        Poco::Net::Context::TLS_SERVER_USE, key, cert, "", Poco::Net::Context::VERIFY_NONE, 9, false,
        "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL");
    context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    context->enableSessionCache(true, "concord");
    socket = std::make_unique<Poco::Net::SecureServerSocket>(address, 256, context);
  }
  impl_->boundPort = socket->address().port();
  auto* params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(o.maxThreads);
  params->setMaxQueued(o.maxQueued);
  params->setKeepAlive(true);
  params->setKeepAliveTimeout(Poco::Timespan(15, 0));
  params->setMaxKeepAliveRequests(10000);
  params->setTimeout(Poco::Timespan(30, 0));
  impl_->threads = std::make_unique<Poco::ThreadPool>(2, o.maxThreads + 4);
  impl_->server = std::make_unique<Poco::Net::HTTPServer>(
      new DispatcherFactory({impl_->router, impl_->metrics, impl_->auth, impl_->db}), *impl_->threads, *socket, params);
  impl_->server->start();
}

void Server::stop() {
  if (impl_ && impl_->server) {
    impl_->server->stopAll(true);
    impl_->server.reset();
    impl_->threads->joinAll();
  }
}

int Server::port() const { return impl_->boundPort; }

std::string Server::baseUrl() const {
  return std::string(impl_->options.plainHttp ? "http" : "https") + "://" + impl_->options.host + ":" + std::to_string(port());
}

const std::string& Server::devCaFile() const { return impl_->caFile; }

const Router& Server::router() const { return impl_->router; }

}  // namespace concord::http
