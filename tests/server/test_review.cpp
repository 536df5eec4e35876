// Review and adjudication over a real TLS server: the review queue (disagreement rule,
// de-randomised preferences, pagination), the unblinded side-by-side view for leads, blinding
// kept for clinicians, and adjudication (validation, idempotency, If-Match, dissent kept).
#include <QtTest>

#include <pqxx/pqxx>

#include "fixtures.h"
#include "https_client.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

namespace {

Json reviewSchema() {
  return Json::parse(R"({"version": 1, "fields": [
    {"id": "finding", "kind": "single_choice", "label": "Finding", "required": true,
     "options": [{"value": "normal", "label": "Normal"}, {"value": "abnormal", "label": "Abnormal"}]},
    {"id": "pref", "kind": "preference", "label": "Which answer is better?", "required": true},
    {"id": "signs", "kind": "multi_choice", "label": "Signs",
     "options": [{"value": "fever", "label": "Fever"}, {"value": "rash", "label": "Rash"}]},
    {"id": "comment", "kind": "free_text", "label": "Comment"}]})");
}

const char* kConversation = R"({"conversation": {
  "messages": [{"role": "user", "content": "Is this chest pain cardiac?"}],
  "responses": [{"model": "model-x", "content": "Probably."}, {"model": "model-y", "content": "Needs an ECG."}]}})";

}  // namespace

class ReviewTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::vector<std::int64_t> cases_;
  std::int64_t alice_ = 0, bob_ = 0, carol_ = 0;
  std::string leadToken_;

  HttpsClient client() { return HttpsClient("127.0.0.1", server_->port(), server_->caFile()); }

  std::string base() { return "/api/v1/projects/review-demo"; }

  void exec(const std::string& sql) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    tx.exec(sql);
    tx.commit();
  }
  int count(const std::string& sql) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    return tx.exec1(sql)[0].as<int>();
  }
  std::string text(const std::string& sql) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    return tx.exec1(sql)[0].as<std::string>();
  }

  void setOrder(std::int64_t caseId, std::int64_t userId, const std::string& order) {
    exec("UPDATE assignments SET response_order = '" + order + "' WHERE case_id = " + std::to_string(caseId) +
         " AND user_id = " + std::to_string(userId));
  }

  void annotate(const std::string& user, std::int64_t caseId, const std::string& status, const std::string& finding,
                const std::string& choice, const Json& signs = nullptr) {
    auto c = client();
    std::string token = c.login(user, kTestPassword);
    Json body{{"status", status}, {"payload", {{"finding", finding}, {"pref", {{"choice", choice}}}}}};
    if (!signs.is_null()) body["payload"]["signs"] = signs;
    auto r = c.request("PUT", "/api/v1/cases/" + std::to_string(caseId) + "/annotation", body.dump(),
                       {{"Authorization", "Bearer " + token}, {"Idempotency-Key", user + "-" + std::to_string(caseId)}});
    QVERIFY2(r.status == 201, r.body.c_str());
  }

  HttpResult putAdjudication(std::int64_t caseId, const Json& body, const std::string& key, const std::string& ifMatch = "",
                             const std::string& token = "") {
    auto c = client();
    std::map<std::string, std::string> headers{{"Authorization", "Bearer " + (token.empty() ? leadToken_ : token)}};
    if (!key.empty()) headers["Idempotency-Key"] = key;
    if (!ifMatch.empty()) headers["If-Match"] = ifMatch;
    return c.request("PUT", base() + "/cases/" + std::to_string(caseId) + "/adjudication", body.dump(), headers);
  }

 private slots:
  void initTestCase() {
    db_ = std::make_unique<TestDatabase>();
    alice_ = seedUser(db_->url(), "alice", "clinician", {"cardiology"});
    bob_ = seedUser(db_->url(), "bob", "clinician", {"cardiology"});
    carol_ = seedUser(db_->url(), "carol", "clinician", {"cardiology"});
    seedUser(db_->url(), "lead", "data_lead");
    auto project = seedProject(db_->url(), "review-demo", reviewSchema());
    cases_ = seedCases(db_->url(), project, 6);
    exec(std::string("UPDATE cases SET content = '") + kConversation + "'::jsonb");
    for (auto c : cases_) {
      seedAssignment(db_->url(), c, alice_);
      seedAssignment(db_->url(), c, bob_);
    }
    seedAssignment(db_->url(), cases_[4], carol_);
    // Case 1: "A" for alice and "B" for bob name the same response (model-x): agreement.
    setOrder(cases_[1], alice_, "[0, 1]");
    setOrder(cases_[1], bob_, "[1, 0]");
    // Case 2: both chose "A", but they were shown different responses as "A": disagreement.
    setOrder(cases_[2], alice_, "[0, 1]");
    setOrder(cases_[2], bob_, "[1, 0]");
    server_ = std::make_unique<TestServer>(db_->url());

    annotate("alice", cases_[0], "submitted", "normal", "A");
    annotate("bob", cases_[0], "submitted", "abnormal", "A");
    annotate("alice", cases_[1], "submitted", "normal", "A");
    annotate("bob", cases_[1], "submitted", "normal", "B");
    annotate("alice", cases_[2], "submitted", "normal", "A");
    annotate("bob", cases_[2], "submitted", "normal", "A");
    annotate("alice", cases_[3], "submitted", "normal", "A");  // one submission only
    annotate("alice", cases_[4], "submitted", "normal", "A");
    annotate("carol", cases_[4], "draft", "abnormal", "B");  // drafts do not count
    // Case 5: the same signs in a different order agree.
    annotate("alice", cases_[5], "submitted", "normal", "A", Json::array({"fever", "rash"}));
    annotate("bob", cases_[5], "submitted", "normal", "A", Json::array({"rash", "fever"}));

    auto c = client();
    leadToken_ = c.login("lead", kTestPassword);
    QVERIFY(!leadToken_.empty());
  }
  void cleanupTestCase() {
    server_.reset();
    db_.reset();
  }

  void clinicianIsRefused() {
    auto c = client();
    std::string token = c.login("alice", kTestPassword);
    QCOMPARE(c.get(base() + "/review-queue", token).status, 403);
    QCOMPARE(c.get(base() + "/cases/" + std::to_string(cases_[0]) + "/annotations", token).status, 403);
    auto r = putAdjudication(cases_[0], {{"final_payload", {{"finding", "normal"}, {"pref", {{"choice", "A"}}}}}, {"rationale", "x"}},
                             "clin-1", "", token);
    QCOMPARE(r.status, 403);
    QCOMPARE(count("SELECT count(*) FROM adjudications"), 0);
  }

  void unknownProjectIsNotFound() {
    auto c = client();
    QCOMPARE(c.get("/api/v1/projects/no-such/review-queue", leadToken_).status, 404);
    QCOMPARE(c.get(base() + "/cases/999999/annotations", leadToken_).status, 404);
  }

  void queueListsOnlyDisagreements() {
    auto c = client();
    auto r = c.get(base() + "/review-queue", leadToken_);
    QCOMPARE(r.status, 200);
    auto items = r.json()["items"];
    QCOMPARE(items.size(), std::size_t(2));
    QCOMPARE(items[0]["case_id"].get<std::int64_t>(), cases_[0]);
    QCOMPARE(items[0]["disagreeing_fields"], Json::array({"finding"}));
    QCOMPARE(items[1]["case_id"].get<std::int64_t>(), cases_[2]);
    QCOMPARE(items[1]["disagreeing_fields"], Json::array({"pref"}));
    QVERIFY(r.json()["next_cursor"].is_null());
  }

  void queuePaginates() {
    auto c = client();
    auto first = c.get(base() + "/review-queue?limit=1", leadToken_);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json()["items"].size(), std::size_t(1));
    QCOMPARE(first.json()["items"][0]["case_id"].get<std::int64_t>(), cases_[0]);
    std::string cursor = first.json()["next_cursor"].get<std::string>();
    auto second = c.get(base() + "/review-queue?limit=1&cursor=" + cursor, leadToken_);
    QCOMPARE(second.json()["items"].size(), std::size_t(1));
    QCOMPARE(second.json()["items"][0]["case_id"].get<std::int64_t>(), cases_[2]);
    QVERIFY(second.json()["next_cursor"].is_null());
    QCOMPARE(c.get(base() + "/review-queue?cursor=bogus", leadToken_).status, 400);
  }

  void leadSeesAnnotationsSideBySide() {
    auto c = client();
    int before = count("SELECT count(*) FROM audit_log WHERE action = 'review.case.read'");
    auto r = c.get(base() + "/cases/" + std::to_string(cases_[2]) + "/annotations", leadToken_);
    QCOMPARE(r.status, 200);
    Json body = r.json();
    QCOMPARE(body["case"]["conversation"]["responses"][0]["model"].get<std::string>(), std::string("model-x"));
    QCOMPARE(body["annotations"].size(), std::size_t(2));
    const Json& a = body["annotations"][0];
    QCOMPARE(a["annotator"]["username"].get<std::string>(), std::string("alice"));
    QCOMPARE(a["annotator"]["pseudonym"].get<std::string>(), text("SELECT pseudonym FROM users WHERE username = 'alice'"));
    QCOMPARE(a["status"].get<std::string>(), std::string("submitted"));
    QCOMPARE(a["version"].get<int>(), 1);
    QVERIFY(a["submitted_at"].is_string());
    QVERIFY(a.contains("time_on_task_ms"));
    QCOMPARE(body["annotations"][1]["response_order"], Json::array({1, 0}));
    QCOMPARE(body["disagreeing_fields"], Json::array({"pref"}));
    QVERIFY(body["adjudication"].is_null());
    QVERIFY(r.header("etag").empty());
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'review.case.read'"), before + 1);
    // Drafts are shown to the lead too, marked as such.
    auto withDraft = c.get(base() + "/cases/" + std::to_string(cases_[4]) + "/annotations", leadToken_);
    QCOMPARE(withDraft.json()["annotations"][1]["status"].get<std::string>(), std::string("draft"));
  }

  void clinicianStaysBlind() {
    auto c = client();
    std::string token = c.login("bob", kTestPassword);
    auto r = c.get("/api/v1/cases/" + std::to_string(cases_[2]), token);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.find("model-x") == std::string::npos);
    QVERIFY(r.body.find("model-y") == std::string::npos);
    QVERIFY(r.body.find("alice") == std::string::npos);
    // Bob was shown model-y as "A".
    QCOMPARE(r.json()["conversation"]["responses"][0]["content"].get<std::string>(), std::string("Needs an ECG."));
  }

  void adjudicationIsValidatedVersionedAndIdempotent() {
    const std::int64_t caseId = cases_[0];
    const std::string before = text("SELECT string_agg(payload::text || version, '|' ORDER BY id) FROM annotations WHERE case_id = " +
                                    std::to_string(caseId));
    Json good{{"final_payload", {{"finding", "abnormal"}, {"pref", {{"choice", "A"}}}}}, {"rationale", "ST elevation in V2-V4."}};

    QCOMPARE(putAdjudication(caseId, good, "").status, 400);  // Idempotency-Key required
    auto invalid = putAdjudication(caseId, {{"final_payload", {{"finding", "maybe"}}}, {"rationale", "x"}}, "adj-bad");
    QCOMPARE(invalid.status, 422);
    QCOMPARE(putAdjudication(caseId, {{"final_payload", good["final_payload"]}, {"rationale", "  "}}, "adj-blank").status, 422);

    auto created = putAdjudication(caseId, good, "adj-1");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.header("etag"), std::string("\"v1\""));
    QCOMPARE(created.json()["version"].get<int>(), 1);

    auto replay = putAdjudication(caseId, good, "adj-1");
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.body, created.body);
    QCOMPARE(replay.header("idempotent-replayed"), std::string("true"));
    QCOMPARE(count("SELECT count(*) FROM adjudications"), 1);

    Json other{{"final_payload", {{"finding", "normal"}, {"pref", {{"choice", "B"}}}}}, {"rationale", "On reflection, normal."}};
    QCOMPARE(putAdjudication(caseId, other, "adj-1").status, 422);  // same key, different body
    QCOMPARE(putAdjudication(caseId, other, "adj-2").status, 428);  // exists: If-Match required
    QCOMPARE(putAdjudication(caseId, other, "adj-3", "\"v7\"").status, 412);
    auto updated = putAdjudication(caseId, other, "adj-4", "\"v1\"");
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.header("etag"), std::string("\"v2\""));
    QCOMPARE(putAdjudication(caseId, good, "adj-5", "\"v1\"").status, 412);  // stale now

    // The dissent is kept: the annotations are untouched.
    QCOMPARE(text("SELECT string_agg(payload::text || version, '|' ORDER BY id) FROM annotations WHERE case_id = " +
                  std::to_string(caseId)),
             before);
    auto c = client();
    auto view = c.get(base() + "/cases/" + std::to_string(caseId) + "/annotations", leadToken_);
    QCOMPARE(view.header("etag"), std::string("\"v2\""));
    QCOMPARE(view.json()["annotations"].size(), std::size_t(2));
    QCOMPARE(view.json()["annotations"][1]["payload"]["finding"].get<std::string>(), std::string("abnormal"));
    QCOMPARE(view.json()["adjudication"]["final_payload"]["finding"].get<std::string>(), std::string("normal"));
    QCOMPARE(view.json()["adjudication"]["rationale"].get<std::string>(), std::string("On reflection, normal."));

    // Adjudicated cases leave the queue.
    auto queue = c.get(base() + "/review-queue", leadToken_);
    QCOMPARE(queue.json()["items"].size(), std::size_t(1));
    QCOMPARE(queue.json()["items"][0]["case_id"].get<std::int64_t>(), cases_[2]);

    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'adjudication.create'"), 1);
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'adjudication.update'"), 1);
  }

  void adjudicationOfUnknownCaseIsNotFound() {
    Json good{{"final_payload", {{"finding", "abnormal"}, {"pref", {{"choice", "A"}}}}}, {"rationale", "x"}};
    QCOMPARE(putAdjudication(999999, good, "adj-missing").status, 404);
  }
};

QTEST_GUILESS_MAIN(ReviewTest)
#include "test_review.moc"
