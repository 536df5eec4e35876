// Administration and the PHI workflow over real TLS and PostgreSQL: user management (disable
// revokes sessions), project creation, streamed JSONL import (idempotent, atomic on a bad line,
// keyed pseudonyms, PHI quarantine), media access rules, and the data lead's quarantine review.
#include <QtTest>

#include <pqxx/pqxx>

#include "concord/core/hashing.h"
#include "fixtures.h"
#include "https_client.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

namespace {

std::map<std::string, std::string> auth(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

// The smallest valid PNG (1x1, transparent).
const std::string kPng = base64Decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

std::string caseLine(const std::string& id, const std::string& patient, const std::string& note, bool withImage = false) {
  Json line{{"external_id", id}, {"patient_key", patient}, {"specialty", "cardiology"}, {"note", note}};
  if (withImage) line["images"] = Json::array({{{"mime_type", "image/png"}, {"data_base64", base64Encode(kPng)}}});
  return line.dump() + "\n";
}

}  // namespace

class AdminImportPhiTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::string admin_, lead_;

  HttpsClient client() { return HttpsClient("127.0.0.1", server_->port(), server_->caFile()); }
  int scalar(const std::string& sql) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    return tx.exec(sql)[0][0].as<int>();
  }

 private slots:
  void initTestCase() {
    db_ = std::make_unique<TestDatabase>();
    seedUser(db_->url(), "root", "admin");
    seedUser(db_->url(), "lead", "data_lead");
    server_ = std::make_unique<TestServer>(db_->url());
    auto c = client();
    admin_ = c.login("root", kTestPassword);
    lead_ = c.login("lead", kTestPassword);
  }
  void cleanupTestCase() {
    server_.reset();
    db_.reset();
  }

  void adminManagesUsersAndDisablingRevokesSessions() {
    auto c = client();
    Json weak{{"username", "nina"}, {"role", "clinician"}, {"password", "short"}};
    auto refused = c.postJson("/api/v1/admin/users", weak, admin_);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json()["type"].get<std::string>(), std::string("urn:concord:problem:weak-password"));
    Json nina{{"username", "nina"}, {"role", "clinician"}, {"password", "a long enough passphrase"},
              {"specialties", {"cardiology"}}};
    auto created = c.postJson("/api/v1/admin/users", nina, admin_);
    QCOMPARE(created.status, 201);
    QCOMPARE(c.postJson("/api/v1/admin/users", nina, admin_).status, 409);
    QCOMPARE(c.postJson("/api/v1/admin/users", nina, lead_).status, 403);
    auto id = created.json()["id"].get<std::int64_t>();

    std::string token = c.login("nina", "a long enough passphrase");
    QVERIFY(!token.empty());
    std::string path = "/api/v1/admin/users/" + std::to_string(id);
    auto patched = c.request("PATCH", path, Json{{"specialties", {"cardiology", "radiology"}}}.dump(), auth(admin_));
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json()["specialties"].size(), std::size_t(2));
    QVERIFY(!patched.json().contains("password_hash"));
    QCOMPARE(c.request("PATCH", path, Json{{"colour", "blue"}}.dump(), auth(admin_)).status, 422);
    QCOMPARE(c.request("PATCH", path, Json{{"disabled", true}}.dump(), auth(admin_)).status, 200);
    QCOMPARE(c.get("/api/v1/me", token).status, 401);
    QVERIFY(c.login("nina", "a long enough passphrase").empty());
    auto list = c.get("/api/v1/admin/users?limit=2", admin_).json();
    QCOMPARE(list["items"].size(), std::size_t(2));
    QVERIFY(list["next_cursor"].is_string());
  }

  void importIsIdempotentAtomicPseudonymisedAndQuarantinesPhi() {
    auto c = client();
    Json bad{{"slug", "bad-schema"}, {"name", "x"}, {"schema", {{"fields", {{{"id", "f"}, {"kind", "nonsense"}}}}}}};
    auto refused = c.postJson("/api/v1/projects", bad, lead_);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.json()["path"].get<std::string>(), std::string("/fields/0/kind"));
    Json project{{"slug", "imports"}, {"name", "Imports"}, {"schema", choiceSchema()}, {"overlap", 1}};
    QCOMPARE(c.postJson("/api/v1/projects", project, lead_).status, 201);
    QCOMPARE(c.get("/api/v1/projects/imports", lead_).json()["overlap"].get<int>(), 1);

    std::string body = caseLine("a", "MRN-SOURCE-0001", "Stable angina, no new symptoms.", true) +
                       caseLine("b", "MRN-SOURCE-0002", "Seen by Dr. John Smith on 03/14/2021, call 617-555-0134.") +
                       caseLine("c", "MRN-SOURCE-0001", "Follow-up: exercise tolerance improved.");
    std::map<std::string, std::string> h = auth(lead_);
    h["Content-Type"] = "application/x-ndjson";
    auto first = c.request("POST", "/api/v1/projects/imports/cases/import", body, h);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json()["inserted"].get<int>(), 3);
    QCOMPARE(first.json()["quarantined"].get<int>(), 1);
    auto again = c.request("POST", "/api/v1/projects/imports/cases/import", body, h);
    QCOMPARE(again.json()["already_present"].get<int>(), 3);
    QCOMPARE(scalar("SELECT count(*) FROM cases"), 3);

    // A bad third line: nothing of the import is written, and the error names line and field.
    std::string broken = caseLine("d", "p", "fine") + caseLine("e", "p", "fine") + "{\"external_id\": \"f\", \"patient_key\": 7}\n";
    auto rejected = c.request("POST", "/api/v1/projects/imports/cases/import", broken, h);
    QCOMPARE(rejected.status, 422);
    QCOMPARE(rejected.json()["line"].get<int>(), 3);
    QCOMPARE(rejected.json()["field"].get<std::string>(), std::string("patient_key"));
    QCOMPARE(scalar("SELECT count(*) FROM cases"), 3);
    QCOMPARE(c.get("/healthz").status, 200);

    // Source patient keys never reach the database; one patient keeps one pseudonym.
    QCOMPARE(scalar("SELECT count(*) FROM cases WHERE patient_key LIKE '%MRN-SOURCE%'"), 0);
    QCOMPARE(scalar("SELECT count(DISTINCT patient_key) FROM cases WHERE external_id IN ('a', 'c')"), 1);
    QCOMPARE(scalar("SELECT count(*) FROM cases WHERE status = 'quarantined' AND external_id = 'b'"), 1);
    QVERIFY(scalar("SELECT count(*) FROM phi_findings WHERE source = 'import'") >= 3);
  }

  void mediaIsServedOnlyToThoseWhoMaySeeTheCase() {
    auto c = client();
    seedUser(db_->url(), "mia", "clinician", {"cardiology"});
    seedUser(db_->url(), "max", "clinician", {"cardiology"});
    std::string mia = c.login("mia", kTestPassword), max = c.login("max", kTestPassword);
    auto next = c.request("POST", "/api/v1/projects/imports/next-task", "", auth(mia));
    QCOMPARE(next.status, 200);
    auto caseId = next.json()["case_id"].get<std::int64_t>();
    auto view = c.get("/api/v1/cases/" + std::to_string(caseId), mia).json();
    if (view["media"].empty()) {  // mia got the text-only case: take the next one
      c.request("PUT", "/api/v1/cases/" + std::to_string(caseId) + "/annotation",
                Json{{"status", "submitted"}, {"payload", {{"finding", "normal"}}}}.dump(),
                {{"Authorization", "Bearer " + mia}, {"Idempotency-Key", "m1"}});
      caseId = c.request("POST", "/api/v1/projects/imports/next-task", "", auth(mia)).json()["case_id"].get<std::int64_t>();
      view = c.get("/api/v1/cases/" + std::to_string(caseId), mia).json();
    }
    QCOMPARE(view["media"].size(), std::size_t(1));
    std::string url = view["media"][0]["url"].get<std::string>();
    auto image = c.get(url, mia);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.header("content-type"), std::string("image/png"));
    QCOMPARE(image.body, kPng);
    QCOMPARE(c.get(url, max).status, 404);
    QCOMPARE(c.get(url, lead_).status, 200);
    QVERIFY(scalar("SELECT count(*) FROM audit_log WHERE action = 'media.read.refused'") >= 1);
  }

  void leadReviewsQuarantineByRedactingAndByConfirmingFalsePositives() {
    auto c = client();
    auto page = c.get("/api/v1/projects/imports/quarantine", lead_);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json()["items"].size(), std::size_t(1));
    auto item = page.json()["items"][0];
    QCOMPARE(item["external_id"].get<std::string>(), std::string("b"));
    QVERIFY2(!item["quarantined_at"].get<std::string>().empty(), "import records when it quarantined the case");
    QVERIFY(item["findings"].size() >= 3);
    auto caseId = item["case_id"].get<std::int64_t>();
    std::string review = "/api/v1/cases/" + std::to_string(caseId) + "/phi-review";
    QCOMPARE(c.postJson(review, {{"action", "redact"}, {"reason", ""}}, lead_).status, 422);
    QCOMPARE(c.postJson(review, {{"action", "shred"}, {"reason", "x"}}, lead_).status, 422);
    auto done = c.postJson(review, {{"action", "redact"}, {"reason", "identifiers confirmed"}}, lead_);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json()["status"].get<std::string>(), std::string("redacted"));
    QCOMPARE(c.postJson(review, {{"action", "redact"}, {"reason", "again"}}, lead_).status, 409);
    {
      pqxx::connection conn(db_->url());
      pqxx::work tx(conn);
      std::string note = tx.exec_params1("SELECT note_text FROM cases WHERE id = $1", caseId)[0].as<std::string>();
      QVERIFY(note.find("John Smith") == std::string::npos);
      QVERIFY(note.find("617-555-0134") == std::string::npos);
      QVERIFY(note.find("[NAME]") != std::string::npos);
      QCOMPARE(tx.exec_params1("SELECT status FROM cases WHERE id = $1", caseId)[0].as<std::string>(), std::string("ready"));
      QCOMPARE(tx.exec("SELECT count(*) FROM phi_findings WHERE status = 'open'")[0][0].as<int>(), 0);
    }
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE action = 'phi.review'"), 1);

    // A false positive is cleared with a recorded override the export gate can honour.
    std::map<std::string, std::string> h = auth(lead_);
    h["Content-Type"] = "application/x-ndjson";
    c.request("POST", "/api/v1/projects/imports/cases/import",
              caseLine("g", "p-g", "Parkinson disease reviewed by Dr. Alzheimer Clinic staff on 01/02/2020."), h);
    auto second = c.get("/api/v1/projects/imports/quarantine", lead_).json()["items"][0];
    auto fp = c.postJson("/api/v1/cases/" + std::to_string(second["case_id"].get<std::int64_t>()) + "/phi-review",
                         {{"action", "false_positive"}, {"reason", "eponyms and a clinic name"}}, lead_);
    QCOMPARE(fp.status, 200);
    QVERIFY(scalar("SELECT count(*) FROM phi_overrides") >= 1);
  }
};

QTEST_GUILESS_MAIN(AdminImportPhiTest)
#include "test_admin_import_phi.moc"
