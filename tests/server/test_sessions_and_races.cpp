// Session lifetime, login rate limiting and lost-update protection over real TLS and PostgreSQL.
#include <QtTest>

#include <pqxx/pqxx>

#include <atomic>
#include <thread>

#include "concord/core/hashing.h"
#include "fixtures.h"
#include "https_client.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

class SessionsAndRacesTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::int64_t caseId_ = 0;

  HttpsClient client() { return HttpsClient("127.0.0.1", server_->port(), server_->caFile()); }
  void exec(const std::string& sql, const std::string& tokenHash) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    tx.exec_params(sql, tokenHash);
    tx.commit();
  }

 private slots:
  void initTestCase() {
    db_ = std::make_unique<TestDatabase>();
    auto ana = seedUser(db_->url(), "ana", "clinician");
    seedUser(db_->url(), "ben", "clinician");
    auto project = seedProject(db_->url(), "races", choiceSchema());
    caseId_ = seedCases(db_->url(), project, 1, "")[0];
    seedAssignment(db_->url(), caseId_, ana);
    server_ = std::make_unique<TestServer>(db_->url());
  }
  void cleanupTestCase() {
    server_.reset();
    db_.reset();
  }

  void idleAndAbsoluteExpiryEndSessions() {
    auto c = client();
    std::string idle = c.login("ben", kTestPassword);
    std::string absolute = c.login("ben", kTestPassword);
    QCOMPARE(c.get("/api/v1/me", idle).status, 200);
    exec("UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = decode($1, 'hex')", sha256Hex(idle));
    QCOMPARE(c.get("/api/v1/me", idle).status, 401);
    exec("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = decode($1, 'hex')", sha256Hex(absolute));
    QCOMPARE(c.get("/api/v1/me", absolute).status, 401);
    // A session is created with a 12-hour absolute limit.
    std::string fresh = c.login("ben", kTestPassword);
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    double hours = tx.exec_params1("SELECT extract(epoch FROM expires_at - created_at) / 3600 FROM sessions WHERE token_hash = decode($1, 'hex')",
                                   sha256Hex(fresh))[0].as<double>();
    QVERIFY(hours > 11.99 && hours < 12.01);
  }

  void repeatedFailedLoginsAreRateLimited() {
    auto c = client();
    for (int i = 0; i < 5; ++i) {
      QCOMPARE(c.postJson("/api/v1/auth/login", {{"username", "ana"}, {"password", "wrong password " + std::to_string(i)}}).status, 401);
    }
    auto limited = c.postJson("/api/v1/auth/login", {{"username", "ana"}, {"password", kTestPassword}});
    QCOMPARE(limited.status, 429);
    QVERIFY(std::stoi(limited.header("retry-after")) > 0);
    QCOMPARE(limited.json()["type"].get<std::string>(), std::string("urn:concord:problem:login-rate-limited"));
  }

  void racingWritersGetExactlyOneSuccessPerVersion() {
    // ana's account is rate-limited above; her session must come from the database directly.
    std::string token = base64UrlEncode(randomBytes(32));
    {
      pqxx::connection conn(db_->url());
      pqxx::work tx(conn);
      tx.exec_params("INSERT INTO sessions (token_hash, user_id, expires_at) SELECT decode($1, 'hex'), id, now() + interval '1 hour' FROM users WHERE username = 'ana'",
                     sha256Hex(token));
      tx.commit();
    }
    auto c = client();
    std::map<std::string, std::string> h{{"Authorization", "Bearer " + token}, {"Idempotency-Key", "create"}};
    std::string path = "/api/v1/cases/" + std::to_string(caseId_) + "/annotation";
    QCOMPARE(c.request("PUT", path, Json{{"status", "draft"}, {"payload", {{"finding", "normal"}}}}.dump(), h).status, 201);

    for (int version = 1; version <= 3; ++version) {
      constexpr int kWriters = 8;
      std::atomic<int> ok{0}, stale{0}, other{0};
      std::vector<std::thread> writers;
      for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
          try {
            auto mine = client();
            std::map<std::string, std::string> headers{{"Authorization", "Bearer " + token},
                                                       {"Idempotency-Key", "v" + std::to_string(version) + "-w" + std::to_string(w)},
                                                       {"If-Match", "\"v" + std::to_string(version) + "\""}};
            const char* label = w % 2 ? "abnormal" : "uncertain";
            auto r = mine.request("PUT", path, Json{{"status", "draft"}, {"payload", {{"finding", label}}}}.dump(), headers);
            if (r.status == 200) ++ok;
            else if (r.status == 412) ++stale;
            else ++other;
          } catch (const std::exception&) {
            ++other;
          }
        });
      }
      for (auto& t : writers) t.join();
      QCOMPARE(ok.load(), 1);
      QCOMPARE(stale.load(), kWriters - 1);
      QCOMPARE(other.load(), 0);
    }
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    QCOMPARE(tx.exec_params1("SELECT version FROM annotations WHERE case_id = $1", caseId_)[0].as<int>(), 4);
  }
};

QTEST_GUILESS_MAIN(SessionsAndRacesTest)
#include "test_sessions_and_races.moc"
