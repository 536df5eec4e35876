// The PHI canary: a thousand unique identifiers planted in imported cases; after clinicians
// annotate everything they are given and every text task is exported, none of them may appear
// in any exported byte.
#include <QtTest>

#include <pqxx/pqxx>

#include "e2e_support.h"
#include "fixtures.h"
#include "https_client.h"
#include "test_database.h"

using namespace concord;
using namespace concord::testing;

namespace {

// Fictional identifiers, unique per index, in the formats notes carry them.
std::string plantedIdentifier(int i) {
  switch (i % 8) {
    case 0: return "MRN " + std::to_string(40000000 + i);
    case 1: return "(617) 555-" + std::to_string(1000 + i % 9000);
    case 2: return "canary" + std::to_string(i) + "@example.org";
    case 3: return "SSN 123-45-" + std::to_string(1000 + i % 9000);
    case 4: return "Patient: Ruth Canary" + std::string(1, static_cast<char>('a' + i % 26)) + "son";
    case 5: return "https://records.example.org/p/" + std::to_string(i);
    case 6: return "10.77." + std::to_string(i / 250) + "." + std::to_string(i % 250 + 1);
    default: return "Account No. " + std::to_string(900000000 + i);
  }
}

}  // namespace

class PhiCanaryTest : public QObject {
  Q_OBJECT
 private slots:
  void plantedIdentifiersNeverReachAnExport() {
    TestDatabase db;
    QTemporaryDir state;
    std::string stateDir = state.path().toStdString();
    seedUser(db.url(), "lead", "data_lead");
    for (int i = 0; i < 2; ++i) seedUser(db.url(), "doc" + std::to_string(i), "clinician", {"cardiology"});
    Json schema = Json::parse(R"({"version": 1, "fields": [
      {"id": "finding", "kind": "single_choice", "label": "Finding", "required": true,
       "options": [{"value": "normal", "label": "Normal"}, {"value": "abnormal", "label": "Abnormal"}]},
      {"id": "answer", "kind": "free_text", "label": "Reference answer"}]})");
    seedProject(db.url(), "canary", schema, 2);

    constexpr int kPlanted = 1000, kClean = 60;
    std::string jsonl;
    for (int i = 0; i < kPlanted + kClean; ++i) {
      std::string note = "Chest pain on exertion, troponin negative, started aspirin 75 mg.";
      if (i < kPlanted) note = "Referral letter. " + plantedIdentifier(i) + ". " + note;
      Json line{{"external_id", "case-" + std::to_string(i)}, {"patient_key", "src-" + std::to_string(i % 300)},
                {"specialty", "cardiology"}, {"note", note},
                {"conversation", {{"messages", {{{"role", "user"}, {"content", note}}}}}}};
      jsonl += line.dump() + "\n";
    }

    ServerProcess server(db.url(), stateDir);
    QVERIFY(server.running());
    HttpsClient c("127.0.0.1", server.port(), server.caFile());
    std::string lead = c.login("lead", kTestPassword);
    auto imported = c.request("POST", "/api/v1/projects/canary/cases/import", jsonl,
                              {{"Authorization", "Bearer " + lead}, {"Content-Type", "application/x-ndjson"}});
    QCOMPARE(imported.status, 200);
    QCOMPARE(imported.json()["inserted"].get<int>(), kPlanted + kClean);
    int quarantined = imported.json()["quarantined"].get<int>();
    QVERIFY2(quarantined == kPlanted, ("quarantined " + std::to_string(quarantined)).c_str());

    // Clinicians annotate everything they are handed (only clean cases can be handed out).
    int annotated = 0;
    for (int d = 0; d < 2; ++d) {
      std::string token = c.login("doc" + std::to_string(d), kTestPassword);
      while (true) {
        auto next = c.request("POST", "/api/v1/projects/canary/next-task", "", {{"Authorization", "Bearer " + token}});
        if (next.status == 204) break;
        QCOMPARE(next.status, 200);
        auto caseId = next.json()["case_id"].get<std::int64_t>();
        Json body{{"status", "submitted"}, {"payload", {{"finding", "normal"}, {"answer", "Stable angina; continue aspirin."}}}};
        auto r = c.request("PUT", "/api/v1/cases/" + std::to_string(caseId) + "/annotation", body.dump(),
                           {{"Authorization", "Bearer " + token}, {"Idempotency-Key", "canary-" + std::to_string(caseId)}});
        QCOMPARE(r.status, 201);
        ++annotated;
      }
    }
    QCOMPARE(annotated, kClean * 2);

    std::string everything;
    for (const char* task : {"classification", "sft"}) {
      std::string out = stateDir + "/export-" + task;
      auto run = runTool("concord-export", {"--db", QString::fromStdString(db.url()), "--project", "canary", "--task",
                                            task, "--compression", "none", "--out", QString::fromStdString(out)});
      QVERIFY2(run.first == 0, run.second.c_str());
      QCOMPARE(verifyManifest(out), std::string());
      everything += readTree(out);
    }
    QVERIFY(everything.find("aspirin") != std::string::npos);  // the clean cases are there
    int leaked = 0;
    for (int i = 0; i < kPlanted; ++i) {
      if (everything.find(plantedIdentifier(i)) != std::string::npos) ++leaked;
    }
    QCOMPARE(leaked, 0);
  }
};

QTEST_GUILESS_MAIN(PhiCanaryTest)
#include "test_e2e_phi_canary.moc"
