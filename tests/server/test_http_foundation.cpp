// The first real path over a real TLS socket: health, login, the assignment list, reading an
// assigned case, submitting a choice label with idempotency and versions, and the refusals.
#include <QtTest>

#include <pqxx/pqxx>

#include "fixtures.h"
#include "https_client.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

class HttpFoundationTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::vector<std::int64_t> cases_;
  std::int64_t alice_ = 0, bob_ = 0;

  HttpsClient client() { return HttpsClient("127.0.0.1", server_->port(), server_->caFile()); }

  HttpResult put(HttpsClient& c, const std::string& token, std::int64_t caseId, const Json& body,
                 const std::string& key, const std::string& ifMatch = "") {
    std::map<std::string, std::string> headers{{"Authorization", "Bearer " + token}, {"Idempotency-Key", key}};
    if (!ifMatch.empty()) headers["If-Match"] = ifMatch;
    return c.request("PUT", "/api/v1/cases/" + std::to_string(caseId) + "/annotation", body.dump(), headers);
  }

  int auditCount(const std::string& action) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    return tx.exec_params1("SELECT count(*) FROM audit_log WHERE action = $1", action)[0].as<int>();
  }

 private slots:
  void initTestCase() {
    db_ = std::make_unique<TestDatabase>();
    alice_ = seedUser(db_->url(), "alice", "clinician", {"cardiology"});
    bob_ = seedUser(db_->url(), "bob", "clinician", {"cardiology"});
    seedUser(db_->url(), "lead", "data_lead");
    auto project = seedProject(db_->url(), "chest-pain", choiceSchema());
    cases_ = seedCases(db_->url(), project, 3);
    seedAssignment(db_->url(), cases_[0], alice_);
    seedAssignment(db_->url(), cases_[1], alice_);
    seedAssignment(db_->url(), cases_[2], bob_);
    server_ = std::make_unique<TestServer>(db_->url());
  }
  void cleanupTestCase() {
    server_.reset();
    db_.reset();
  }

  void healthzReportsDatabase() {
    auto c = client();
    auto r = c.get("/healthz");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()["database"].get<std::string>(), std::string("reachable"));
  }

  void untrustedCertificateIsRefused() {
    // A client that does not trust the development CA must fail the handshake.
    HttpsClient stranger("127.0.0.1", server_->port(), "/etc/ssl/certs/ca-certificates.crt");
    bool refused = false;
    try {
      stranger.get("/healthz");
    } catch (const std::exception&) {
      refused = true;
    }
    QVERIFY(refused);
  }

  void loginGivesATokenAndBadPasswordsDoNot() {
    auto c = client();
    auto bad = c.postJson("/api/v1/auth/login", {{"username", "alice"}, {"password", "wrong password!!"}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.header("content-type"), std::string("application/problem+json"));
    QCOMPARE(bad.json()["type"].get<std::string>(), std::string("urn:concord:problem:invalid-credentials"));
    auto ok = c.postJson("/api/v1/auth/login", {{"username", "alice"}, {"password", kTestPassword}});
    QCOMPARE(ok.status, 200);
    std::string token = ok.json()["token"].get<std::string>();
    QVERIFY(token.size() >= 43);  // 256 bits, base64url
    QCOMPARE(ok.json()["user"]["role"].get<std::string>(), std::string("clinician"));
    QVERIFY(auditCount("login") >= 1);
    QVERIFY(auditCount("login.failed") >= 1);
    // The token is stored only hashed.
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    QCOMPARE(tx.exec_params1("SELECT count(*) FROM sessions WHERE encode(token_hash, 'escape') = $1", token)[0].as<int>(), 0);
  }

  void routesNeedATokenAndTheRightRole() {
    auto c = client();
    QCOMPARE(c.get("/api/v1/assignments").status, 401);
    QCOMPARE(c.get("/api/v1/assignments", "not-a-real-token").status, 401);
    std::string lead = c.login("lead", kTestPassword);
    QVERIFY(!lead.empty());
    auto r = c.get("/api/v1/assignments", lead);
    QCOMPARE(r.status, 403);
    QVERIFY(auditCount("access.refused") >= 1);
  }

  void assignmentsListOnlyTheCallersCasesWithCursorPaging() {
    auto c = client();
    std::string token = c.login("alice", kTestPassword);
    auto first = c.get("/api/v1/assignments?limit=1", token);
    QCOMPARE(first.status, 200);
    auto page = first.json();
    QCOMPARE(page["items"].size(), std::size_t(1));
    QCOMPARE(page["items"][0]["case_id"].get<std::int64_t>(), cases_[0]);
    QVERIFY(page["next_cursor"].is_string());
    auto second = c.get("/api/v1/assignments?limit=1&cursor=" + page["next_cursor"].get<std::string>(), token).json();
    QCOMPARE(second["items"][0]["case_id"].get<std::int64_t>(), cases_[1]);
    QVERIFY(second["next_cursor"].is_null());
    QCOMPARE(c.get("/api/v1/assignments?limit=0", token).status, 400);
    QCOMPARE(c.get("/api/v1/assignments?cursor=abc", token).status, 400);
  }

  void aClinicianCannotReadAnotherClinicianCase() {
    auto c = client();
    std::string token = c.login("alice", kTestPassword);
    auto mine = c.get("/api/v1/cases/" + std::to_string(cases_[0]), token);
    QCOMPARE(mine.status, 200);
    QVERIFY(mine.json()["note_text"].get<std::string>().find("Fictional note") == 0);
    QCOMPARE(mine.json()["schema"]["fields"][0]["id"].get<std::string>(), std::string("finding"));
    auto theirs = c.get("/api/v1/cases/" + std::to_string(cases_[2]), token);
    QCOMPARE(theirs.status, 404);
    QVERIFY(auditCount("case.read") >= 1);
    QVERIFY(auditCount("case.read.refused") >= 1);
    QCOMPARE(c.get("/api/v1/cases/not-a-number", token).status, 404);
  }

  void submitIsValidatedVersionedAndIdempotent() {
    auto c = client();
    std::string token = c.login("alice", kTestPassword);
    std::int64_t caseId = cases_[1];
    Json draft{{"status", "draft"}, {"payload", {{"finding", "normal"}}}, {"time_on_task_ms", 1500}};

    auto invalid = put(c, token, caseId, {{"status", "submitted"}, {"payload", {{"finding", "broken"}}}}, "k-invalid");
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.json()["errors"][0]["path"].get<std::string>(), std::string("/payload/finding"));

    auto created = put(c, token, caseId, draft, "k1");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.header("etag"), std::string("\"v1\""));

    auto replay = put(c, token, caseId, draft, "k1");
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.body, created.body);
    QCOMPARE(replay.header("idempotent-replayed"), std::string("true"));

    Json other{{"status", "draft"}, {"payload", {{"finding", "abnormal"}}}};
    auto reused = put(c, token, caseId, other, "k1");
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.json()["type"].get<std::string>(), std::string("urn:concord:problem:idempotency-key-reused"));

    QCOMPARE(put(c, token, caseId, other, "k2").status, 428);          // If-Match missing
    QCOMPARE(put(c, token, caseId, other, "k3", "\"v7\"").status, 412); // stale

    Json submit{{"status", "submitted"}, {"payload", {{"finding", "abnormal"}}}, {"time_on_task_ms", 2000}};
    auto submitted = put(c, token, caseId, submit, "k4", "\"v1\"");
    QCOMPARE(submitted.status, 200);
    QCOMPARE(submitted.header("etag"), std::string("\"v2\""));
    QCOMPARE(submitted.json()["status"].get<std::string>(), std::string("submitted"));

    auto view = c.get("/api/v1/cases/" + std::to_string(caseId), token);
    QCOMPARE(view.header("etag"), std::string("\"v2\""));
    QCOMPARE(view.json()["annotation"]["payload"]["finding"].get<std::string>(), std::string("abnormal"));
    QCOMPARE(view.json()["annotation"]["time_on_task_ms"].get<int>(), 3500);

    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    QCOMPARE(tx.exec_params1("SELECT count(*) FROM annotations WHERE case_id = $1", caseId)[0].as<int>(), 1);
    QCOMPARE(tx.exec_params1("SELECT status FROM assignments WHERE case_id = $1 AND user_id = $2", caseId, alice_)[0].as<std::string>(),
             std::string("submitted"));
    QVERIFY(tx.exec("SELECT count(*) FROM audit_log WHERE action = 'annotation.submit'")[0][0].as<int>() >= 1);
  }

  void writesToAnotherClinicianCaseAreRefused() {
    auto c = client();
    std::string token = c.login("alice", kTestPassword);
    auto r = put(c, token, cases_[2], {{"status", "draft"}, {"payload", {{"finding", "normal"}}}}, "k-steal");
    QCOMPARE(r.status, 404);
  }

  void badInputGetsClearProblems() {
    auto c = client();
    std::string token = c.login("alice", kTestPassword);
    std::map<std::string, std::string> h{{"Authorization", "Bearer " + token}, {"Idempotency-Key", "k-bad"}};
    std::string path = "/api/v1/cases/" + std::to_string(cases_[0]) + "/annotation";
    QCOMPARE(c.request("PUT", path, "{not json", h).status, 400);
    QCOMPARE(c.request("PUT", path, std::string("{\"status\":\"draft\",\"payload\":{\"finding\":\"\xff\"}}"), h).status, 400);
    QCOMPARE(c.request("PUT", path, std::string(2 << 20, ' '), h).status, 413);
    QCOMPARE(c.request("PUT", path, "[]", h).status, 422);
    auto noKey = c.request("PUT", path, "{}", {{"Authorization", "Bearer " + token}});
    QCOMPARE(noKey.status, 400);
    QCOMPARE(c.get("/api/v1/nope", token).status, 404);
    QCOMPARE(c.request("DELETE", "/api/v1/assignments", "", {{"Authorization", "Bearer " + token}}).status, 405);
    QCOMPARE(client().get("/healthz").status, 200);  // still up
  }

  void logoutRevokesTheToken() {
    auto c = client();
    std::string token = c.login("bob", kTestPassword);
    QCOMPARE(c.get("/api/v1/me", token).status, 200);
    QCOMPARE(c.request("POST", "/api/v1/auth/logout", "", {{"Authorization", "Bearer " + token}}).status, 204);
    QCOMPARE(c.get("/api/v1/me", token).status, 401);
  }

  void openApiListsEveryRoute() {
    auto c = client();
    auto doc = c.get("/api/v1/openapi.json").json();
    QCOMPARE(doc["openapi"].get<std::string>().substr(0, 2), std::string("3."));
    for (const char* p : {"/healthz", "/metrics", "/api/v1/auth/login", "/api/v1/assignments", "/api/v1/cases/{id}",
                          "/api/v1/cases/{id}/annotation"}) {
      QVERIFY2(doc["paths"].contains(p), p);
    }
  }

  void metricsArePrometheusText() {
    auto c = client();
    auto r = c.get("/metrics");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.find("concord_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}") != std::string::npos);
    QVERIFY(r.body.find("concord_db_pool_connections") != std::string::npos);
  }
};

QTEST_GUILESS_MAIN(HttpFoundationTest)
#include "test_http_foundation.moc"
