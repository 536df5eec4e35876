// The API contract: every route is in the OpenAPI document (and nothing else is), every
// non-public route names its roles (deny by default), and the authorization matrix holds over
// a real TLS socket for every route × role.
#include <QtTest>

#include <algorithm>

#include "fixtures.h"
#include "http/router.h"
#include "https_client.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// A concrete path for a pattern: ids become 999999, slugs "no-such-project".
std::string concretePath(const std::string& pattern) {
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      auto close = pattern.find('}', i);
      std::string name = pattern.substr(i + 1, close - i - 1);
      out += name == "slug" ? "no-such-project" : "999999";
      i = close + 1;
    } else {
      out.push_back(pattern[i++]);
    }
  }
  return out;
}

}  // namespace

class ApiContractTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::map<Role, std::string> tokens_;

 private slots:
  void initTestCase() {
    db_ = std::make_unique<TestDatabase>();
    seedUser(db_->url(), "clin", "clinician");
    seedUser(db_->url(), "lead", "data_lead");
    seedUser(db_->url(), "root", "admin");
    server_ = std::make_unique<TestServer>(db_->url());
    HttpsClient c("127.0.0.1", server_->port(), server_->caFile());
    tokens_[Role::Clinician] = c.login("clin", kTestPassword);
    tokens_[Role::DataLead] = c.login("lead", kTestPassword);
    tokens_[Role::Admin] = c.login("root", kTestPassword);
    for (const auto& [role, token] : tokens_) QVERIFY(!token.empty());
  }
  void cleanupTestCase() {
    server_.reset();
    db_.reset();
  }

  void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
    HttpsClient c("127.0.0.1", server_->port(), server_->caFile());
    Json doc = c.get("/api/v1/openapi.json").json();
    const auto& routes = server_->server().router().routes();
    QVERIFY(routes.size() >= 20);
    std::set<std::pair<std::string, std::string>> served;
    for (const auto& route : routes) {
      served.insert({route.pattern, lower(route.method)});
      QVERIFY2(doc["paths"].contains(route.pattern), ("undocumented path " + route.pattern).c_str());
      QVERIFY2(doc["paths"][route.pattern].contains(lower(route.method)),
               ("undocumented method " + route.method + " " + route.pattern).c_str());
    }
    for (auto path = doc["paths"].begin(); path != doc["paths"].end(); ++path) {
      for (auto op = path.value().begin(); op != path.value().end(); ++op) {
        QVERIFY2(served.count({path.key(), op.key()}) == 1, ("documented but not served: " + op.key() + " " + path.key()).c_str());
      }
    }
  }

  void nonPublicRoutesNameTheirRoles() {
    for (const auto& route : server_->server().router().routes()) {
      if (!route.isPublic) QVERIFY2(!route.roles.empty(), route.pattern.c_str());
    }
  }

  void authorizationMatrix() {
    HttpsClient c("127.0.0.1", server_->port(), server_->caFile());
    int checked = 0;
    for (const auto& route : server_->server().router().routes()) {
      std::string path = concretePath(route.pattern);
      if (route.isPublic) {
        if (route.pattern == "/api/v1/auth/login") continue;  // covered by the login tests
        QVERIFY2(c.request(route.method, path).status != 401, path.c_str());
        continue;
      }
      auto anonymous = c.request(route.method, path, "{}");
      QVERIFY2(anonymous.status == 401, (route.method + " " + path + " without a token -> " + std::to_string(anonymous.status) + " " + anonymous.body).c_str());
      for (const auto& [role, token] : tokens_) {
        if (route.pattern == "/api/v1/auth/logout") continue;  // would end the session under test
        auto r = c.request(route.method, path, "{}", {{"Authorization", "Bearer " + token}, {"Idempotency-Key", "matrix"}});
        std::string what = route.method + " " + path + " as " + std::string(roleName(role)) + " -> " + std::to_string(r.status);
        if (route.roles.contains(role)) {
          QVERIFY2(r.status != 401 && r.status != 403 && r.status < 500, what.c_str());
        } else {
          QVERIFY2(r.status == 403, what.c_str());
          QCOMPARE(r.header("content-type"), std::string("application/problem+json"));
        }
        ++checked;
      }
    }
    QVERIFY(checked >= 60);
  }
};

QTEST_GUILESS_MAIN(ApiContractTest)
#include "test_api_contract.moc"
