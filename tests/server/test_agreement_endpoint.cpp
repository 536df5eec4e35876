// The agreement endpoint over a real TLS server: Krippendorff's alpha of a small seeded dataset
// (three clinicians, four cases) equal to hand-computed values under each filter, preferences
// compared after undoing each clinician's response order, and the refusals.
#include <QtTest>

#include <pqxx/pqxx>

#include <set>

#include "fixtures.h"
#include "https_client.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

namespace {

Json agreementSchema() {
  return Json::parse(R"({"version": 1, "fields": [
    {"id": "finding", "kind": "single_choice", "label": "Finding", "required": true,
     "options": [{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}]},
    {"id": "pref", "kind": "preference", "label": "Better answer"},
    {"id": "signs", "kind": "multi_choice", "label": "Signs",
     "options": [{"value": "fever", "label": "Fever"}, {"value": "rash", "label": "Rash"}]},
    {"id": "comment", "kind": "free_text", "label": "Comment"}]})");
}

}  // namespace

class AgreementEndpointTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::vector<std::int64_t> cases_;
  std::int64_t projectId_ = 0;
  std::map<std::string, std::int64_t> users_;
  std::string leadToken_;

  HttpsClient client() { return HttpsClient("127.0.0.1", server_->port(), server_->caFile()); }

  void exec(const std::string& sql) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    tx.exec(sql);
    tx.commit();
  }

  // A submitted annotation written straight into the tables, with a chosen submission time.
  void submitted(const std::string& user, int caseIndex, const Json& payload, const std::string& at,
                 const std::string& order = "[]") {
    seedSubmittedAnnotation(db_->url(), projectId_, cases_[static_cast<std::size_t>(caseIndex)], users_[user], payload, at,
                            Json::parse(order));
  }

  Json agreement(const std::string& query, int expectedStatus = 200) {
    auto c = client();
    auto r = c.get("/api/v1/projects/agree-demo/agreement?" + query, leadToken_);
    if (r.status != expectedStatus) qWarning("%s -> %d %s", query.c_str(), r.status, r.body.c_str());
    return r.status == expectedStatus ? r.json() : Json();
  }

 private slots:
  void initTestCase() {
    db_ = std::make_unique<TestDatabase>();
    for (std::string name : {"alice", "bob", "carol"}) users_[name] = seedUser(db_->url(), name, "clinician", {"cardiology"});
    seedUser(db_->url(), "lead", "data_lead");
    projectId_ = seedProject(db_->url(), "agree-demo", agreementSchema(), 3);
    cases_ = seedCases(db_->url(), projectId_, 4);
    exec("UPDATE cases SET specialty = 'neurology' WHERE id = " + std::to_string(cases_[3]));
    exec("UPDATE cases SET is_gold = true, gold_answer = '{\"finding\": \"yes\"}' WHERE id = " + std::to_string(cases_[0]));
    exec(R"(UPDATE cases SET content = '{"conversation": {"messages": [{"role": "user", "content": "q"}],
           "responses": [{"model": "model-x", "content": "r1"}, {"model": "model-y", "content": "r2"}]}}')");

    // finding: case 0 yes,yes,yes; case 1 yes,yes,no; case 2 no,no,no; case 3 yes,no,no.
    // pref (alice and bob): alice sees source order, bob the reverse, so the letters differ but the
    // chosen responses agree: case 0 → response 0, case 1 → response 1, case 2 → tie.
    const std::string early = "2026-01-01T10:00:00Z", late = "2026-01-10T10:00:00Z";
    submitted("alice", 0, {{"finding", "yes"}, {"pref", {{"choice", "A"}}}, {"signs", {"fever"}}}, early, "[0, 1]");
    submitted("bob", 0, {{"finding", "yes"}, {"pref", {{"choice", "B"}}}, {"signs", {"fever"}}}, early, "[1, 0]");
    submitted("carol", 0, {{"finding", "yes"}}, early);
    submitted("alice", 1, {{"finding", "yes"}, {"pref", {{"choice", "B"}}}, {"signs", {"fever", "rash"}}}, early, "[0, 1]");
    submitted("bob", 1, {{"finding", "yes"}, {"pref", {{"choice", "A"}}}, {"signs", {"rash"}}}, early, "[1, 0]");
    submitted("carol", 1, {{"finding", "no"}}, early);
    submitted("alice", 2, {{"finding", "no"}, {"pref", {{"choice", "tie"}}}, {"signs", Json::array()}}, early, "[0, 1]");
    submitted("bob", 2, {{"finding", "no"}, {"pref", {{"choice", "tie"}}}, {"signs", Json::array()}}, early, "[1, 0]");
    submitted("carol", 2, {{"finding", "no"}}, early);
    submitted("alice", 3, {{"finding", "yes"}}, late);
    submitted("bob", 3, {{"finding", "no"}}, late);
    submitted("carol", 3, {{"finding", "no"}}, late);

    server_ = std::make_unique<TestServer>(db_->url());
    auto c = client();
    leadToken_ = c.login("lead", kTestPassword);
    QVERIFY(!leadToken_.empty());
  }
  void cleanupTestCase() {
    server_.reset();
    db_.reset();
  }

  void nominalAlphaMatchesHandComputation() {
    // Coincidences: o(yes,yes) = 4, o(no,no) = 4, o(yes,no) = o(no,yes) = 2, n = 12.
    // D_o = 4/12, D_e = 2·6·6/(12·11) = 6/11, alpha = 1 − (1/3)/(6/11) = 7/18.
    Json r = agreement("field=finding");
    QCOMPARE(r["kind"].get<std::string>(), std::string("single_choice"));
    QCOMPARE(r["n_ratings"].get<int>(), 12);
    QVERIFY(std::abs(r["report"]["value"].get<double>() - 7.0 / 18.0) < 1e-9);
    QCOMPARE(r["report"]["n_coders"].get<int>(), 3);
    QCOMPARE(r["report"]["n_units"].get<int>(), 4);
  }

  void filtersNarrowTheRatings() {
    // Cases 0–2 only: o(yes,yes) = 4, o(no,no) = 3, o(yes,no) = o(no,yes) = 1, n = 9:
    // D_o = 2/9, D_e = 2·5·4/(9·8) = 5/9, alpha = 0.6.
    Json byTime = agreement("field=finding&from=2026-01-01&to=2026-01-05T00:00:00Z");
    QCOMPARE(byTime["n_ratings"].get<int>(), 9);
    QVERIFY(std::abs(byTime["report"]["value"].get<double>() - 0.6) < 1e-9);
    Json bySpecialty = agreement("field=finding&specialty=cardiology");
    QVERIFY(std::abs(bySpecialty["report"]["value"].get<double>() - 0.6) < 1e-9);
    // alice and bob only: o(yes,yes) = 4, o(no,no) = 2, o(yes,no) = o(no,yes) = 1, n = 8:
    // D_o = 2/8, D_e = 2·5·3/(8·7) = 15/28, alpha = 1 − (1/4)(28/15) = 8/15.
    Json byAnnotators = agreement("field=finding&annotators=alice,bob");
    QCOMPARE(byAnnotators["report"]["n_coders"].get<int>(), 2);
    QVERIFY(std::abs(byAnnotators["report"]["value"].get<double>() - 8.0 / 15.0) < 1e-9);
  }

  void bootstrapIsReproducible() {
    Json a = agreement("field=finding&bootstrap=200&seed=42");
    Json b = agreement("field=finding&bootstrap=200&seed=42");
    QVERIFY(a["report"]["interval"].is_object());
    QCOMPARE(a["report"]["interval"]["resamples"].get<int>(), 200);
    QCOMPARE(a["report"], b["report"]);
  }

  void preferencesAreComparedAfterUndoingTheOrder() {
    // The letters disagree on cases 0 and 1, the responses chosen never do.
    Json r = agreement("field=pref");
    QCOMPARE(r["n_ratings"].get<int>(), 6);
    QVERIFY(std::abs(r["report"]["value"].get<double>() - 1.0) < 1e-9);
  }

  void multiChoiceIsPerLabel() {
    Json r = agreement("field=signs");
    QCOMPARE(r["report"]["field_kind"].get<std::string>(), std::string("multi_choice"));
    std::set<std::string> labels;
    for (const auto& entry : r["report"]["per_label"]) labels.insert(entry["label"].get<std::string>());
    QVERIFY(labels.count("fever") == 1 && labels.count("rash") == 1);
  }

  void goldAndAdjudicationReachTheBreakdowns() {
    // Case 0 is gold ("yes"); every clinician answered "yes" there.
    Json r = agreement("field=finding");
    QCOMPARE(r["report"]["vs_gold"].size(), std::size_t(3));
    for (const auto& entry : r["report"]["vs_gold"]) {
      QCOMPARE(entry["n_units"].get<int>(), 1);
      QVERIFY(std::abs(entry["agreement"].get<double>() - 1.0) < 1e-9);
    }
    QVERIFY(r["report"]["pairs"]["coders"].size() == 3);
  }

  void refusals() {
    agreement("field=nope", 400);
    agreement("field=comment", 400);
    agreement("", 400);
    agreement("field=finding&from=yesterday", 400);
    auto c = client();
    QCOMPARE(c.get("/api/v1/projects/no-such/agreement?field=finding", leadToken_).status, 404);
    std::string token = c.login("alice", kTestPassword);
    QCOMPARE(c.get("/api/v1/projects/agree-demo/agreement?field=finding", token).status, 403);
  }
};

QTEST_GUILESS_MAIN(AgreementEndpointTest)
#include "test_agreement_endpoint.moc"
