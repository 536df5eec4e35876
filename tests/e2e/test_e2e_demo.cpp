// The walking skeleton end to end with the real executables: migrate, load the demo project,
// serve over TLS, annotate as three clinicians, export twice, verify the manifest and that the
// two exports are byte-identical.
#include <QtTest>

#include <filesystem>

#include "concord/core/hashing.h"
#include "e2e_support.h"
#include "https_client.h"
#include "test_database.h"

using namespace concord;
using namespace concord::testing;

class EndToEndDemoTest : public QObject {
  Q_OBJECT
 private slots:
  void demoPathThroughEveryPart() {
    TestDatabase db;
    QTemporaryDir state;
    std::string stateDir = state.path().toStdString();
    QString url = QString::fromStdString(db.url());

    auto migrated = runTool("concord-server", {"migrate", "--db", url});
    QVERIFY2(migrated.first == 0, migrated.second.c_str());
    QVERIFY(migrated.second.find("already present") != std::string::npos);
    auto loaded = runTool("concord-server", {"load-demo", "--db", url, "--dir", CONCORD_SOURCE_DIR "/resources/demo",
                                             "--state-dir", state.path()});
    QVERIFY2(loaded.first == 0, loaded.second.c_str());
    QVERIFY(loaded.second.find("\"inserted\":36") != std::string::npos);

    ServerProcess server(db.url(), stateDir);
    QVERIFY(server.running());
    HttpsClient client("127.0.0.1", server.port(), server.caFile());
    int submitted = 0;
    for (int n = 1; n <= 3; ++n) {
      std::string token = client.login("demo-clinician-" + std::to_string(n), "demo-password-clinician-" + std::to_string(n));
      QVERIFY(!token.empty());
      auto page = client.get("/api/v1/assignments?limit=1000", token).json();
      for (const auto& item : page["items"]) {
        auto caseId = item["case_id"].get<std::int64_t>();
        const char* label = (caseId + n) % 7 == 0 ? "pulmonary" : "cardiac";
        Json body{{"status", "submitted"}, {"payload", {{"finding", label}, {"urgency", 2}}}, {"time_on_task_ms", 1000}};
        auto r = client.request("PUT", "/api/v1/cases/" + std::to_string(caseId) + "/annotation", body.dump(),
                                {{"Authorization", "Bearer " + token}, {"Idempotency-Key", "e2e-" + std::to_string(caseId)}});
        QCOMPARE(r.status, 201);
        ++submitted;
      }
    }
    QCOMPARE(submitted, 108);

    std::string first = stateDir + "/export-a", second = stateDir + "/export-b";
    for (const auto& out : {first, second}) {
      auto exported = runTool("concord-export", {"--db", url, "--project", "demo-chest-pain", "--task", "classification",
                                                 "--out", QString::fromStdString(out), "--seed", "11"});
      QVERIFY2(exported.first == 0, exported.second.c_str());
      QCOMPARE(verifyManifest(out), std::string());
    }
    // Same snapshot content, options and seed: byte-identical shards.
    Json manifest = Json::parse(readFileBytes(first + "/manifest.json"));
    std::size_t records = 0;
    for (const auto& shard : manifest["shards"]) {
      std::string path = shard["path"].get<std::string>();
      QVERIFY2(readFileBytes(first + "/" + path) == readFileBytes(second + "/" + path), path.c_str());
      records += shard["records"].get<std::size_t>();
    }
    QCOMPARE(records, std::size_t(36));

    // Bad options are refused clearly, and nothing is written.
    auto bad = runTool("concord-export", {"--db", url, "--project", "demo-chest-pain", "--out",
                                          QString::fromStdString(stateDir + "/export-c"), "--split", "train=2"});
    QCOMPARE(bad.first, 2);
    QVERIFY(!std::filesystem::exists(stateDir + "/export-c"));
  }
};

QTEST_GUILESS_MAIN(EndToEndDemoTest)
#include "test_e2e_demo.moc"
