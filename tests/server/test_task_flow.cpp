// The clinician work loop over real TLS and PostgreSQL: next-task under concurrency never
// over-assigns, skip frees the slot, a PHI flag quarantines the case for everyone.
#include <QtTest>

#include <pqxx/pqxx>

#include <atomic>
#include <thread>

#include "fixtures.h"
#include "https_client.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

class TaskFlowTest : public QObject {
  Q_OBJECT

  static std::map<std::string, std::string> auth(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
  }

  static HttpResult submit(HttpsClient& c, const std::string& token, std::int64_t caseId, const std::string& key) {
    auto headers = auth(token);
    headers["Idempotency-Key"] = key;
    Json body{{"status", "submitted"}, {"payload", {{"finding", "normal"}}}};
    return c.request("PUT", "/api/v1/cases/" + std::to_string(caseId) + "/annotation", body.dump(), headers);
  }

 private slots:
  void concurrentNextTaskNeverOverAssigns() {
    TestDatabase db;
    constexpr int kClinicians = 10, kCases = 25, kOverlap = 3;
    for (int i = 0; i < kClinicians; ++i) seedUser(db.url(), "c" + std::to_string(i), "clinician", {"cardiology"});
    auto project = seedProject(db.url(), "race", choiceSchema(), kOverlap);
    seedCases(db.url(), project, kCases);
    TestServer server(db.url());

    std::atomic<int> failures{0}, claimed{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kClinicians; ++i) {
      threads.emplace_back([&, i] {
        try {
          HttpsClient c("127.0.0.1", server.port(), server.caFile());
          std::string token = c.login("c" + std::to_string(i), kTestPassword);
          for (int round = 0; round < kCases + 2; ++round) {
            auto next = c.request("POST", "/api/v1/projects/race/next-task", "", auth(token));
            if (next.status == 204) break;
            if (next.status == 409) continue;  // same-user race: ask again
            if (next.status != 200) { ++failures; break; }
            ++claimed;
            auto caseId = next.json()["case_id"].get<std::int64_t>();
            if (submit(c, token, caseId, "k-" + std::to_string(caseId)).status != 201) ++failures;
          }
        } catch (const std::exception&) {
          ++failures;
        }
      });
    }
    for (auto& t : threads) t.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(claimed.load(), kCases * kOverlap);

    pqxx::connection conn(db.url());
    pqxx::work tx(conn);
    QCOMPARE(tx.exec("SELECT count(*) FROM (SELECT case_id FROM assignments GROUP BY case_id HAVING count(*) > 3) x")[0][0].as<int>(), 0);
    QCOMPARE(tx.exec("SELECT count(*) FROM assignments")[0][0].as<int>(), kCases * kOverlap);
    QCOMPARE(tx.exec("SELECT count(*) FROM annotations WHERE status = 'submitted'")[0][0].as<int>(), kCases * kOverlap);
    QCOMPARE(tx.exec("SELECT count(*) FROM cases WHERE assigned_count <> 3")[0][0].as<int>(), 0);
  }

  void nextTaskMatchesSpecialtyResumesAndSkipFreesTheSlot() {
    TestDatabase db;
    seedUser(db.url(), "cardio", "clinician", {"cardiology"});
    seedUser(db.url(), "derm", "clinician", {"dermatology"});
    seedUser(db.url(), "other", "clinician", {"cardiology"});
    auto project = seedProject(db.url(), "match", choiceSchema(), 1);
    auto cases = seedCases(db.url(), project, 1, "cardiology");
    TestServer server(db.url());
    HttpsClient c("127.0.0.1", server.port(), server.caFile());

    std::string derm = c.login("derm", kTestPassword);
    QCOMPARE(c.request("POST", "/api/v1/projects/match/next-task", "", auth(derm)).status, 204);

    std::string cardio = c.login("cardio", kTestPassword);
    auto first = c.request("POST", "/api/v1/projects/match/next-task", "", auth(cardio));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json()["case_id"].get<std::int64_t>(), cases[0]);
    auto again = c.request("POST", "/api/v1/projects/match/next-task", "", auth(cardio));
    QCOMPARE(again.json()["resumed"].get<bool>(), true);

    std::string other = c.login("other", kTestPassword);
    QCOMPARE(c.request("POST", "/api/v1/projects/match/next-task", "", auth(other)).status, 204);  // k = 1 taken

    std::string skipPath = "/api/v1/cases/" + std::to_string(cases[0]) + "/skip";
    QCOMPARE(c.request("POST", skipPath, "{\"reason\":\"\"}", auth(cardio)).status, 422);
    QCOMPARE(c.request("POST", skipPath, "{\"reason\":\"outside my competence\"}", auth(cardio)).status, 204);
    QCOMPARE(/* retried */ c.request("POST", skipPath, "{\"reason\":\"outside my competence\"}", auth(cardio)).status, 204);
    QCOMPARE(c.request("POST", "/api/v1/projects/match/next-task", "", auth(cardio)).status, 204);  // never twice
    auto freed = c.request("POST", "/api/v1/projects/match/next-task", "", auth(other));
    QCOMPARE(freed.status, 200);
    QCOMPARE(c.request("POST", "/api/v1/projects/nope/next-task", "", auth(other)).status, 404);
  }

  void phiFlagQuarantinesTheCaseForEveryone() {
    TestDatabase db;
    auto a = seedUser(db.url(), "a", "clinician");
    auto b = seedUser(db.url(), "b", "clinician");
    auto project = seedProject(db.url(), "flag", choiceSchema());
    auto cases = seedCases(db.url(), project, 1, "");
    seedAssignment(db.url(), cases[0], a);
    seedAssignment(db.url(), cases[0], b);
    TestServer server(db.url());
    HttpsClient c("127.0.0.1", server.port(), server.caFile());
    std::string ta = c.login("a", kTestPassword), tb = c.login("b", kTestPassword);
    std::string path = "/api/v1/cases/" + std::to_string(cases[0]);
    QCOMPARE(c.get(path, tb).status, 200);
    QCOMPARE(c.request("POST", path + "/phi-flag", "", auth(ta)).status, 204);
    auto withheld = c.get(path, tb);
    QCOMPARE(withheld.status, 404);
    QCOMPARE(withheld.json()["type"].get<std::string>(), std::string("urn:concord:problem:case-quarantined"));
    QCOMPARE(c.get("/api/v1/assignments", tb).json()["items"].size(), std::size_t(0));
    pqxx::connection conn(db.url());
    pqxx::work tx(conn);
    QCOMPARE(tx.exec_params1("SELECT status FROM cases WHERE id = $1", cases[0])[0].as<std::string>(), std::string("quarantined"));
    QCOMPARE(tx.exec("SELECT count(*) FROM phi_findings WHERE source = 'clinician_flag'")[0][0].as<int>(), 1);
    QCOMPARE(tx.exec("SELECT count(*) FROM audit_log WHERE action = 'phi.flag'")[0][0].as<int>(), 1);
  }
};

QTEST_GUILESS_MAIN(TaskFlowTest)
#include "test_task_flow.moc"
