// Export jobs over a real TLS server: a data lead starts a classification export, it runs in the
// background to "succeeded", and the manifest it serves matches the shard files on disk byte for
// byte; failures and refusals are reported as such.
#include <QtTest>

#include <set>

#include <pqxx/pqxx>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "concord/core/hashing.h"
#include "fixtures.h"
#include "https_client.h"
#include "test_database.h"
#include "service/export_jobs.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

class ExportJobsTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::string leadToken_;

  HttpsClient client() { return HttpsClient("127.0.0.1", server_->port(), server_->caFile()); }

  HttpResult post(const Json& body, const std::string& token, const std::string& project = "export-demo") {
    auto c = client();
    return c.request("POST", "/api/v1/projects/" + project + "/exports", body.dump(), {{"Authorization", "Bearer " + token}});
  }

  // Polls the job until it leaves "running" (or a minute passes).
  Json waitFor(const std::string& location) {
    auto c = client();
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    Json status;
    while (std::chrono::steady_clock::now() < deadline) {
      auto r = c.get(location, leadToken_);
      if (r.status != 200) return Json();
      status = r.json();
      if (status["status"] != "running") return status;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return status;
  }

  std::string outputDir(std::int64_t jobId) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    return tx.exec_params1("SELECT output_dir FROM export_jobs WHERE id = $1", jobId)[0].as<std::string>();
  }

 private slots:
  void initTestCase() {
    db_ = std::make_unique<TestDatabase>();
    auto alice = seedUser(db_->url(), "alice", "clinician", {"cardiology"});
    auto bob = seedUser(db_->url(), "bob", "clinician", {"cardiology"});
    seedUser(db_->url(), "lead", "data_lead");
    auto project = seedProject(db_->url(), "export-demo", choiceSchema());
    auto cases = seedCases(db_->url(), project, 6);
    const char* answers[] = {"normal", "abnormal", "uncertain"};
    for (std::size_t i = 0; i < cases.size(); ++i) {
      for (auto user : {alice, bob}) seedSubmittedAnnotation(db_->url(), project, cases[i], user, {{"finding", answers[i % 3]}});
    }
    server_ = std::make_unique<TestServer>(db_->url());
    auto c = client();
    leadToken_ = c.login("lead", kTestPassword);
    QVERIFY(!leadToken_.empty());
  }
  void cleanupTestCase() {
    server_.reset();
    db_.reset();
  }

  void exportSucceedsAndManifestMatchesTheShards() {
    auto started = post({{"task", "classification"}, {"split", "train=0.5,test=0.5"}, {"seed", 7}, {"compression", "zstd"},
                         {"shard_records", 2}},
                        leadToken_);
    QCOMPARE(started.status, 202);
    std::string location = started.header("location");
    QVERIFY(location.rfind("/api/v1/exports/", 0) == 0);
    std::int64_t id = started.json()["id"].get<std::int64_t>();
    QCOMPARE(location, "/api/v1/exports/" + std::to_string(id));
    QVERIFY(started.json()["status"] == "running" || started.json()["status"] == "succeeded");

    Json status = waitFor(location);
    QVERIFY2(status["status"] == "succeeded", status.dump().c_str());
    QCOMPARE(status["counts"]["records"].get<int>(), 6);
    QCOMPARE(status["progress"]["records_written"].get<int>(), 6);
    QVERIFY(status["export_run_id"].is_number_integer());
    std::string manifestHash = status["manifest_sha256"].get<std::string>();

    auto c = client();
    auto manifest = c.get(location + "/manifest", leadToken_);
    QCOMPARE(manifest.status, 200);
    QCOMPARE(sha256Hex(manifest.body), manifestHash);
    Json m = manifest.json();
    QVERIFY(m["shards"].size() >= 2);
    std::filesystem::path dir = outputDir(id);
    std::uint64_t records = 0;
    for (const auto& shard : m["shards"]) {
      std::ifstream in(dir / shard["path"].get<std::string>(), std::ios::binary);
      QVERIFY(in.good());
      std::ostringstream bytes;
      bytes << in.rdbuf();
      QCOMPARE(sha256Hex(bytes.str()), shard["sha256"].get<std::string>());
      QCOMPARE(static_cast<std::uint64_t>(bytes.str().size()), shard["bytes"].get<std::uint64_t>());
      records += shard["records"].get<std::uint64_t>();
    }
    QCOMPARE(records, std::uint64_t(6));

    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    auto run = tx.exec_params1("SELECT status, manifest_sha256 FROM export_runs WHERE id = $1", status["export_run_id"].get<std::int64_t>());
    QCOMPARE(run[0].as<std::string>(), std::string("succeeded"));
    QCOMPARE(run[1].as<std::string>(), manifestHash);
    QCOMPARE(tx.exec1("SELECT count(*) FROM audit_log WHERE action = 'export.start'")[0].as<int>(), 1);
  }

  // A job left "running" by a server that stopped (no heartbeat for longer than kStaleAfter) reads
  // as failed, "interrupted"; a job this server is running and touching is left alone.
  void orphanedJobReadsAsInterrupted() {
    std::int64_t orphan = 0, fresh = 0;
    {
      pqxx::connection conn(db_->url());
      pqxx::work tx(conn);
      const auto project = tx.exec1("SELECT id FROM projects WHERE slug = 'export-demo'")[0].as<std::int64_t>();
      const auto lead = tx.exec1("SELECT id FROM users WHERE username = 'lead'")[0].as<std::int64_t>();
      const std::string insert =
          "INSERT INTO export_jobs (project_id, requested_by, request, updated_at)"
          " VALUES ($1, $2, '{\"task\": \"classification\"}', now() - make_interval(secs => $3)) RETURNING id";
      const auto staleSeconds = service::ExportJobs::kStaleAfter.count();
      orphan = tx.exec_params1(insert, project, lead, staleSeconds + 60)[0].as<std::int64_t>();
      fresh = tx.exec_params1(insert, project, lead, staleSeconds - 60)[0].as<std::int64_t>();
      tx.commit();
    }
    auto c = client();
    auto gone = c.get("/api/v1/exports/" + std::to_string(orphan), leadToken_);
    QCOMPARE(gone.status, 200);
    QCOMPARE(gone.json()["status"].get<std::string>(), std::string("failed"));
    QCOMPARE(gone.json()["error_kind"].get<std::string>(), std::string("interrupted"));
    QVERIFY(gone.json()["finished_at"].is_string());
    auto alive = c.get("/api/v1/exports/" + std::to_string(fresh), leadToken_);
    QCOMPARE(alive.json()["status"].get<std::string>(), std::string("running"));
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    tx.exec_params0("DELETE FROM export_jobs WHERE id = $1", fresh);  // no server will ever finish it
    tx.commit();
  }

  void failedExportIsReported() {
    auto started = post({{"task", "classification"}, {"specialty", "no-such-specialty"}}, leadToken_);
    QCOMPARE(started.status, 202);
    Json status = waitFor(started.header("location"));
    QCOMPARE(status["status"].get<std::string>(), std::string("failed"));
    QVERIFY(status["error"].is_string());
    auto c = client();
    QCOMPARE(c.get(started.header("location") + "/manifest", leadToken_).status, 409);
  }

  // The gate's refusal sends the case to the PHI review queue with what the scan found, in the
  // note and in a clinician's answer; confirming a false positive there lets the export through.
  void phiRefusalQuarantinesTheCaseForReview() {
    Json schema = Json::parse(R"({"version": 1, "fields": [
      {"id": "answer", "kind": "free_text", "label": "Reference answer", "required": true}]})");
    auto project = seedProject(db_->url(), "export-phi", schema);
    auto cases = seedCases(db_->url(), project, 2);
    std::int64_t alice = 0;
    {
      pqxx::connection conn(db_->url());
      pqxx::work tx(conn);
      // Written straight into the table: the detector at import never saw this note.
      tx.exec_params0("UPDATE cases SET note_text = 'Callback number (312) 555-0198 was given.' WHERE id = $1", cases[0]);
      alice = tx.exec1("SELECT id FROM users WHERE username = 'alice'")[0].as<std::int64_t>();
      tx.commit();
    }
    for (std::size_t i = 0; i < cases.size(); ++i) {
      seedSubmittedAnnotation(db_->url(), project, cases[i], alice,
                              {{"answer", i == 0 ? "Ring the family on (617) 555-0134 today." : "Rest and review in a week."}});
    }
    auto started = post({{"task", "sft"}, {"field", "answer"}}, leadToken_, "export-phi");
    QCOMPARE(started.status, 202);
    Json status = waitFor(started.header("location"));
    QCOMPARE(status["status"].get<std::string>(), std::string("failed"));
    QVERIFY2(status["error"].get<std::string>().find("phone") != std::string::npos, status.dump().c_str());
    // The same hits as data: the case, where in the record, and the category.
    QCOMPARE(status["error_kind"].get<std::string>(), std::string("phi_found"));
    QCOMPARE(status["phi_hit_count"].get<int>(), 2);
    QCOMPARE(status["phi_hits"].size(), std::size_t(2));
    QVERIFY(status["counts"].is_null());
    std::set<std::string> hitPlaces;
    for (const auto& hit : status["phi_hits"]) {
      QCOMPARE(hit["case_id"].get<std::int64_t>(), cases[0]);
      QCOMPARE(hit["category"].get<std::string>(), std::string("phone"));
      const std::string field = hit["where"].get<std::string>();
      hitPlaces.insert(field.rfind("annotations/", 0) == 0 ? "annotations/<pseudonym>" : field);
    }
    QCOMPARE(hitPlaces, (std::set<std::string>{"annotations/<pseudonym>", "messages/0"}));

    auto c = client();
    auto queue = c.get("/api/v1/projects/export-phi/quarantine", leadToken_);
    QCOMPARE(queue.status, 200);
    QCOMPARE(queue.json()["items"].size(), std::size_t(1));
    Json item = queue.json()["items"][0];
    QCOMPARE(item["case_id"].get<std::int64_t>(), cases[0]);
    std::set<std::string> where;
    for (const auto& f : item["findings"]) {
      QCOMPARE(f["source"].get<std::string>(), std::string("export_scan"));
      QCOMPARE(f["category"].get<std::string>(), std::string("phone"));
      std::string field = f["field"].get<std::string>();
      where.insert(field.rfind("annotations/", 0) == 0 ? "annotations/<pseudonym>" : field);
    }
    // The note is the sft prompt's first message; the other hit is alice's answer.
    QCOMPARE(where, (std::set<std::string>{"annotations/<pseudonym>", "messages/0"}));
    {
      pqxx::connection conn(db_->url());
      pqxx::work tx(conn);
      QCOMPARE(tx.exec1("SELECT count(*) FROM audit_log WHERE action = 'phi.export_scan'")[0].as<int>(), 1);
    }

    // While it waits for review the case is left out, so the rest can still be exported.
    Json without = waitFor(post({{"task", "sft"}, {"field", "answer"}}, leadToken_, "export-phi").header("location"));
    QVERIFY2(without["status"] == "succeeded", without.dump().c_str());
    QCOMPARE(without["counts"]["records"].get<int>(), 1);

    auto review = c.postJson("/api/v1/cases/" + std::to_string(cases[0]) + "/phi-review",
                             {{"action", "false_positive"}, {"reason", "fictional numbers from the teaching file"}}, leadToken_);
    QCOMPARE(review.status, 200);
    Json after = waitFor(post({{"task", "sft"}, {"field", "answer"}}, leadToken_, "export-phi").header("location"));
    QVERIFY2(after["status"] == "succeeded", after.dump().c_str());
    QCOMPARE(after["counts"]["records"].get<int>(), 2);
    auto manifest = c.get("/api/v1/exports/" + std::to_string(after["id"].get<std::int64_t>()) + "/manifest", leadToken_);
    QCOMPARE(manifest.json()["counts"]["phi_overridden"].get<int>(), 2);
  }

  void refusals() {
    auto c = client();
    std::string clinician = c.login("alice", kTestPassword);
    QCOMPARE(post({{"task", "classification"}}, clinician).status, 403);
    QCOMPARE(post({{"task", "classification"}}, leadToken_, "no-such").status, 404);
    QCOMPARE(post({{"task", "poetry"}}, leadToken_).status, 422);
    QCOMPARE(post({{"task", "classification"}, {"colour", "blue"}}, leadToken_).status, 422);
    QCOMPARE(post({{"split", "train=1"}}, leadToken_).status, 422);
    QCOMPARE(c.get("/api/v1/exports/999999", leadToken_).status, 404);
    QCOMPARE(c.get("/api/v1/exports/1", clinician).status, 403);
  }
};

QTEST_GUILESS_MAIN(ExportJobsTest)
#include "test_export_jobs.moc"
