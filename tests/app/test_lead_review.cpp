// The data lead's disagreement queue against a real TLS server on a fresh database: the queue
// lists exactly the disagreeing cases (paged, under QAbstractItemModelTester), a case shows every
// annotator's answer side by side in source order, and adjudication driven through the real
// widgets is stored with its rationale, refused without one, detected as stale when another lead
// got there first, and stores preference letters in the case's own response order.
#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>
#include <pqxx/pqxx>

#include "https_client.h"
#include "lead/review/adjudication_sender.h"
#include "lead/review/disagreement_queue.h"
#include "lead/review/review_case.h"
#include "lead/review/review_case_view.h"
#include "lead/review/review_queue_model.h"
#include "lead/review/review_value_text.h"
#include "lead/review/side_by_side_model.h"
#include "lead_test_support.h"
#include "model/annotation_document.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

namespace {

Json reviewSchema() {
  return Json::parse(R"({"version": 1, "fields": [
    {"id": "finding", "kind": "single_choice", "label": "Finding", "required": true,
     "options": [{"value": "normal", "label": "Normal"}, {"value": "abnormal", "label": "Abnormal"}]},
    {"id": "pref", "kind": "preference", "label": "Which answer is better?", "required": true, "strength_levels": 2},
    {"id": "signs", "kind": "multi_choice", "label": "Signs",
     "options": [{"value": "fever", "label": "Fever"}, {"value": "rash", "label": "Rash"}]},
    {"id": "comment", "kind": "free_text", "label": "Comment"}]})");
}

const char* kConversation = R"({"conversation": {
  "messages": [{"role": "user", "content": "Is this chest pain cardiac?"}],
  "responses": [{"model": "model-x", "content": "Probably."}, {"model": "model-y", "content": "Needs an ECG."}]}})";

// Rows of the side-by-side table.
constexpr int kFindingRow = 0, kPrefRow = 1, kSignsRow = 2, kCommentRow = 3;

}  // namespace

class LeadReviewTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::vector<std::int64_t> cases_;
  std::int64_t alice_ = 0, bob_ = 0;
  std::string leadToken_;
  app::ApiClient api_;
  std::unique_ptr<app::DisagreementQueue> page_;

  HttpsClient client() { return HttpsClient("127.0.0.1", server_->port(), server_->caFile()); }
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
  // The stored adjudication of `caseId` as {final_payload, rationale}, or null.
  Json adjudication(std::int64_t caseId) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    auto r = tx.exec_params("SELECT final_payload::text, rationale FROM adjudications WHERE case_id = $1", caseId);
    if (r.empty()) return Json();
    return {{"final_payload", Json::parse(r[0][0].as<std::string>())}, {"rationale", r[0][1].as<std::string>()}};
  }
  void setOrder(std::int64_t caseId, std::int64_t userId, const std::string& order) {
    exec("UPDATE assignments SET response_order = '" + order + "' WHERE case_id = " + std::to_string(caseId) +
         " AND user_id = " + std::to_string(userId));
  }
  void annotate(const std::string& user, std::int64_t caseId, const Json& payload) {
    auto c = client();
    const std::string token = c.login(user, kTestPassword);
    auto r = c.request("PUT", "/api/v1/cases/" + std::to_string(caseId) + "/annotation",
                       Json{{"status", "submitted"}, {"payload", payload}}.dump(),
                       {{"Authorization", "Bearer " + token}, {"Idempotency-Key", user + "-" + std::to_string(caseId)}});
    QVERIFY2(r.status == 201, r.body.c_str());
  }
  static Json answer(const std::string& finding, const std::string& choice, int strength = 1) {
    return {{"finding", finding}, {"pref", {{"choice", choice}, {"strength", strength}}}};
  }
  std::vector<std::int64_t> serverQueue() {
    auto c = client();
    auto r = c.get("/api/v1/projects/lead-review/review-queue", leadToken_);
    if (r.status != 200) qWarning("review-queue: HTTP %d %s", r.status, r.body.c_str());
    const Json body = r.json();
    std::vector<std::int64_t> ids;
    for (const auto& item : body["items"]) ids.push_back(item["case_id"].get<std::int64_t>());
    return ids;
  }

  app::LeadProject project() {
    app::LeadProject p;
    p.slug = QStringLiteral("lead-review");
    p.name = QStringLiteral("Lead review");
    p.schema = reviewSchema();
    p.schemaVersion = 1;
    return p;
  }
  template <typename T>
  T* find(const char* name) {
    auto* w = page_->findChild<T*>(QLatin1String(name));
    if (!w) qFatal("no widget %s", name);
    return w;
  }
  app::SideBySideModel* sideBySide() { return page_->caseView()->sideBySide(); }
  QString cell(int row, int column) { return sideBySide()->index(row, column).data().toString(); }
  // Types a rationale into the real box and presses Ctrl+Return there, as a lead would.
  void adjudicateWith(const QString& rationale) {
    auto* box = find<QPlainTextEdit>("reviewRationale");
    box->setFocus();
    QTest::keyClicks(box, rationale);
    QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
  }
  bool waitOpened(std::int64_t caseId) {
    return QTest::qWaitFor([&] { return page_->openCaseId() == caseId && !page_->loadingCase() &&
                                        page_->caseView()->hasCase() && page_->caseView()->current().id == caseId; },
                           15000);
  }

 private slots:
  void initTestCase() {
    db_ = std::make_unique<TestDatabase>();
    alice_ = seedUser(db_->url(), "alice", "clinician", {"cardiology"});
    bob_ = seedUser(db_->url(), "bob", "clinician", {"cardiology"});
    seedUser(db_->url(), "lead", "data_lead");
    seedUser(db_->url(), "lead2", "data_lead");
    auto projectId = seedProject(db_->url(), "lead-review", reviewSchema());
    cases_ = seedCases(db_->url(), projectId, 7);
    exec(std::string("UPDATE cases SET content = '") + kConversation + "'::jsonb");
    for (auto c : cases_) {
      seedAssignment(db_->url(), c, alice_);
      seedAssignment(db_->url(), c, bob_);
    }
    // Case 1: "A" for alice and "B" for bob name the same response (model-x): they agree.
    setOrder(cases_[1], alice_, R"(["model-x", "model-y"])");
    setOrder(cases_[1], bob_, R"(["model-y", "model-x"])");
    // Case 2: both chose "A", but bob was shown model-y as "A": they disagree.
    setOrder(cases_[2], alice_, R"(["model-x", "model-y"])");
    setOrder(cases_[2], bob_, R"(["model-y", "model-x"])");
    server_ = std::make_unique<TestServer>(db_->url());

    annotate("alice", cases_[0], answer("normal", "A"));
    annotate("bob", cases_[0], answer("abnormal", "A"));
    annotate("alice", cases_[1], answer("normal", "A"));
    annotate("bob", cases_[1], answer("normal", "B"));
    annotate("alice", cases_[2], answer("normal", "A", 1));
    annotate("bob", cases_[2], answer("normal", "A", 2));
    annotate("alice", cases_[3], answer("normal", "B"));
    annotate("bob", cases_[3], answer("abnormal", "B"));
    annotate("alice", cases_[4], answer("abnormal", "A"));
    annotate("bob", cases_[4], answer("normal", "A"));
    annotate("alice", cases_[5], answer("normal", "A"));  // one submission: nothing to compare
    Json fever = answer("normal", "A");
    fever["signs"] = Json::array({"fever"});
    Json both = answer("normal", "A");
    both["signs"] = Json::array({"fever", "rash"});
    annotate("alice", cases_[6], fever);
    annotate("bob", cases_[6], both);

    QVERIFY(logInApi(api_, *server_, QStringLiteral("lead")));
    auto c = client();
    leadToken_ = c.login("lead", kTestPassword);
    QVERIFY(!leadToken_.empty());
  }
  void cleanupTestCase() {
    page_.reset();
    server_.reset();
    db_.reset();
  }

  void lettersAndValuesReadInSourceOrder() {
    const std::vector<std::string> models{"model-x", "model-y"};
    QCOMPARE(app::sourceChoice("A", Json::parse(R"(["model-y", "model-x"])"), models), QStringLiteral("B"));
    QCOMPARE(app::sourceChoice("B", Json::parse(R"(["model-y", "model-x"])"), models), QStringLiteral("A"));
    QCOMPARE(app::sourceChoice("A", Json::parse("[1, 0]"), models), QStringLiteral("B"));
    QCOMPARE(app::sourceChoice("B", Json::array(), models), QStringLiteral("B"));
    QCOMPARE(app::sourceChoice("tie", Json::parse("[1, 0]"), models), QStringLiteral("tie"));
    QCOMPARE(app::sourceChoice("A", Json::parse(R"(["model-z", "model-x"])"), models), QString());

    const auto schema = AnnotationSchema::parse(reviewSchema());
    app::ReviewCase c;
    c.noteText = QStringLiteral("Chest pain on exertion.");
    QCOMPARE(app::reviewValueText(*schema.field("finding"), "abnormal", c), QStringLiteral("Abnormal"));
    QCOMPARE(app::reviewValueText(*schema.field("signs"), Json::array({"fever", "rash"}), c), QStringLiteral("Fever, Rash"));
    QCOMPARE(app::reviewValueText(*schema.field("pref"), Json{{"choice", "B"}, {"strength", 2}}, c),
             QStringLiteral("B (strength 2/2)"));
    QCOMPARE(app::reviewValueText(*schema.field("pref"), Json{{"choice", "tie"}}, c), QStringLiteral("Tie"));
    QCOMPARE(app::reviewValueText(*schema.field("comment"), Json(), c), QStringLiteral("—"));
    const auto spans = AnnotationSchema::parse(Json::parse(
        R"({"version": 1, "fields": [{"id": "s", "kind": "spans", "label": "S", "options": [{"value": "sym", "label": "Symptom"}]}]})"));
    QCOMPARE(app::reviewValueText(*spans.field("s"), Json::parse(R"([{"start": 0, "end": 10, "label": "sym"}])"), c),
             QStringLiteral("“Chest pain” — Symptom"));
  }

  void queueListsExactlyTheDisagreeingCases() {
    app::ReviewQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Two rows a page, so the cursor is followed across three pages.
    model.setFetcher(app::reviewQueueFetcher(&api_, QStringLiteral("lead-review"), 2, &model));
    model.setFieldLabels({{QStringLiteral("finding"), QStringLiteral("Finding")}, {QStringLiteral("signs"), QStringLiteral("Signs")}});
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 15000);
    while (model.canFetchMore({})) {
      model.fetchMore({});
      QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 15000);
    }
    QVERIFY(model.exhausted());
    std::vector<std::int64_t> ids;
    for (int row = 0; row < model.rowCount(); ++row) ids.push_back(model.index(row, 0).data(app::ReviewQueueModel::CaseIdRole).toLongLong());
    const std::vector<std::int64_t> expected{cases_[0], cases_[2], cases_[3], cases_[4], cases_[6]};
    QCOMPARE(ids, expected);
    QCOMPARE(model.index(0, app::ReviewQueueModel::CaseColumn).data().toString(), QStringLiteral("case-0"));
    QCOMPARE(model.index(0, app::ReviewQueueModel::SpecialtyColumn).data().toString(), QStringLiteral("cardiology"));
    QCOMPARE(model.index(0, app::ReviewQueueModel::SubmittedColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, app::ReviewQueueModel::FieldsColumn).data().toString(), QStringLiteral("Finding"));
    QCOMPARE(model.index(1, app::ReviewQueueModel::FieldsColumn).data().toString(), QStringLiteral("pref"));
    QCOMPARE(model.index(4, app::ReviewQueueModel::FieldsColumn).data().toString(), QStringLiteral("Signs"));

    QCOMPARE(model.removeCase(cases_[2]), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfCase(cases_[2]), -1);
  }

  void openingACaseShowsEveryAnnotatorSideBySide() {
    page_ = std::make_unique<app::DisagreementQueue>(&api_);
    page_->resize(1400, 900);
    page_->show();
    QVERIFY(QTest::qWaitForWindowActive(page_.get()));
    page_->setProject(project());
    auto* queue = find<QTableView>("reviewQueueTable");
    QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 5, 15000);

    // Enter on the first row opens it.
    queue->setFocus();
    queue->setCurrentIndex(queue->model()->index(0, 0));
    QTest::keyClick(queue, Qt::Key_Return);
    QVERIFY(waitOpened(cases_[0]));

    auto* table = find<QTableView>("reviewSideBySide");
    QCOMPARE(table->model(), sideBySide());
    // Opened from the queue with Enter: the keyboard is on the first value to decide.
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(table->currentIndex().row(), kFindingRow);
    QCOMPARE(sideBySide()->columnCount(), 3);  // alice, bob, final answer
    QVERIFY(sideBySide()->headerData(0, Qt::Horizontal).toString().startsWith(QStringLiteral("alice")));
    QVERIFY(sideBySide()->headerData(1, Qt::Horizontal).toString().startsWith(QStringLiteral("bob")));
    QCOMPARE(cell(kFindingRow, 0), QStringLiteral("Normal"));
    QCOMPARE(cell(kFindingRow, 1), QStringLiteral("Abnormal"));
    QCOMPARE(cell(kPrefRow, 0), QStringLiteral("A (strength 1/2)"));
    QCOMPARE(cell(kSignsRow, 1), QStringLiteral("—"));
    QVERIFY(sideBySide()->index(kFindingRow, 0).data(app::SideBySideModel::DisagreesRole).toBool());
    QVERIFY(sideBySide()->index(kFindingRow, 1).data(Qt::BackgroundRole).isValid());
    QVERIFY(sideBySide()->headerData(kFindingRow, Qt::Vertical).toString().startsWith(QStringLiteral("≠")));
    for (int row : {kPrefRow, kSignsRow, kCommentRow}) {
      QVERIFY(!sideBySide()->index(row, 0).data(app::SideBySideModel::DisagreesRole).toBool());
      QVERIFY(!sideBySide()->index(row, 0).data(Qt::BackgroundRole).isValid());
    }
    // The final answer starts with what they agree on and leaves the disagreement to the lead.
    QCOMPARE(cell(kPrefRow, 2), QStringLiteral("A (strength 1/2)"));
    QCOMPARE(cell(kFindingRow, 2), QStringLiteral("—"));

    // The case content, unblinded and lettered in source order.
    QVERIFY(find<QTextBrowser>("reviewCaseText")->toPlainText().startsWith(QStringLiteral("Fictional note 0")));
    const QString conversation = find<QTextBrowser>("reviewConversation")->toPlainText();
    QVERIFY2(conversation.contains(QStringLiteral("Response A — model-x")), qPrintable(conversation));
    QVERIFY(conversation.contains(QStringLiteral("Response B — model-y")));
  }

  void anEmptyRationaleBlocksAdjudication() {
    QVERIFY(waitOpened(cases_[0]));
    auto* button = find<QPushButton>("reviewAdjudicateButton");
    auto* hint = find<QLabel>("reviewAdjudicateHint");
    // Neither a rationale nor a final finding yet: blocked, and the button says why.
    QVERIFY(!button->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("rationale")), qPrintable(hint->text()));
    QCOMPARE(button->toolTip(), hint->text());
    auto* box = find<QPlainTextEdit>("reviewRationale");
    QTest::keyClicks(box, QStringLiteral("Because."));
    QVERIFY(!button->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("Finding")), qPrintable(hint->text()));

    auto* finding = page_->findChild<QWidget*>(QStringLiteral("field_finding"));
    QVERIFY(finding);
    auto* abnormal = finding->findChild<QAbstractButton*>(QStringLiteral("option_1"));
    QVERIFY(abnormal);
    // The editors are laid out on the next turn of the event loop after the case opened.
    QTRY_VERIFY(abnormal->isVisible() && abnormal->width() > 20);
    // On its indicator: a radio button only takes clicks on its indicator and text.
    QTest::mouseClick(abnormal, Qt::LeftButton, {}, QPoint(8, abnormal->height() / 2));
    QCOMPARE(cell(kFindingRow, 2), QStringLiteral("Abnormal"));
    QVERIFY(button->isEnabled());
    QVERIFY(hint->text().isEmpty());

    box->clear();
    QVERIFY(!button->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("rationale")), qPrintable(hint->text()));
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("   "));  // blanks are not a rationale
    QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(300);
    QVERIFY(!button->isEnabled());
    QVERIFY(find<QLabel>("reviewStatus")->text().contains(QStringLiteral("rationale")));
    QCOMPARE(count("SELECT count(*) FROM adjudications"), 0);
    box->clear();
  }

  void adjudicatingStoresTheAnswerAndOpensTheNextCase() {
    QVERIFY(waitOpened(cases_[0]));
    QCOMPARE(page_->caseView()->finalAnswer()->value("finding"), Json("abnormal"));
    adjudicateWith(QStringLiteral("ST elevation in V2-V4."));
    QTRY_VERIFY_WITH_TIMEOUT(!adjudication(cases_[0]).is_null(), 15000);
    const Json stored = adjudication(cases_[0]);
    QCOMPARE(stored["rationale"].get<std::string>(), std::string("ST elevation in V2-V4."));
    QCOMPARE(stored["final_payload"], Json::parse(R"({"finding": "abnormal", "pref": {"choice": "A", "strength": 1}})"));

    // The case left the queue, here and on the server, and the next one opened.
    // The row in the database may come before the reply: wait for the page to hear of it.
    QTRY_COMPARE_WITH_TIMEOUT(page_->queue()->rowOfCase(cases_[0]), -1, 15000);
    QCOMPARE(page_->queue()->rowCount(), 4);
    QVERIFY(waitOpened(cases_[2]));
    const std::vector<std::int64_t> left{cases_[2], cases_[3], cases_[4], cases_[6]};
    QCOMPARE(serverQueue(), left);
    QVERIFY(find<QLabel>("reviewStatus")->text().contains(QStringLiteral("Adjudicated")));
    QVERIFY(find<QPlainTextEdit>("reviewRationale")->toPlainText().isEmpty());
  }

  void aPreferenceIsStoredInSourceOrder() {
    QVERIFY(waitOpened(cases_[2]));
    // Both answered "A", but bob was shown model-y as "A": in source order that is B.
    QCOMPARE(cell(kPrefRow, 0), QStringLiteral("A (strength 1/2)"));
    QCOMPARE(cell(kPrefRow, 1), QStringLiteral("B (strength 2/2)"));
    QVERIFY(sideBySide()->index(kPrefRow, 0).data(app::SideBySideModel::DisagreesRole).toBool());
    QCOMPARE(cell(kPrefRow, 2), QStringLiteral("—"));

    // The lead takes bob's answer (the response he saw as A) with Enter on his cell.
    auto* table = find<QTableView>("reviewSideBySide");
    table->setFocus();
    table->setCurrentIndex(sideBySide()->index(kPrefRow, 1));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(cell(kPrefRow, 2), QStringLiteral("B (strength 2/2)"));
    adjudicateWith(QStringLiteral("The ECG answer is safer."));
    QTRY_VERIFY_WITH_TIMEOUT(!adjudication(cases_[2]).is_null(), 15000);
    QCOMPARE(adjudication(cases_[2])["final_payload"]["pref"], Json::parse(R"({"choice": "B", "strength": 2})"));
    QCOMPARE(adjudication(cases_[2])["final_payload"]["finding"], Json("normal"));
    QVERIFY(waitOpened(cases_[3]));
  }

  void aStaleAdjudicationSaysSoAndShowsTheOther() {
    QVERIFY(waitOpened(cases_[3]));
    // Another lead adjudicates case 3 while this one is deciding.
    auto c = client();
    auto r = c.request("PUT", "/api/v1/projects/lead-review/cases/" + std::to_string(cases_[3]) + "/adjudication",
                       Json{{"final_payload", answer("normal", "B")}, {"rationale", "Lead two: normal."}}.dump(),
                       {{"Authorization", "Bearer " + c.login("lead2", kTestPassword)}, {"Idempotency-Key", "lead2-3"}});
    QCOMPARE(r.status, 201);

    page_->caseView()->takeAll(1);  // bob: abnormal
    QCOMPARE(cell(kFindingRow, 2), QStringLiteral("Abnormal"));
    adjudicateWith(QStringLiteral("Abnormal, says lead one."));
    auto* status = find<QLabel>("reviewStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("adjudicated this case meanwhile")), 15000);
    // Reloaded with theirs: the other lead's answer and rationale are shown.
    QTRY_VERIFY_WITH_TIMEOUT(page_->caseView()->current().adjudicated(), 15000);
    QVERIFY(waitOpened(cases_[3]));
    auto* existing = find<QLabel>("reviewExisting");
    QVERIFY2(existing->text().contains(QStringLiteral("Lead two: normal.")), qPrintable(existing->text()));
    QVERIFY(existing->text().contains(QStringLiteral("lead2")));
    QCOMPARE(cell(kFindingRow, 2), QStringLiteral("Normal"));
    QVERIFY(status->text().contains(QStringLiteral("adjudicated this case meanwhile")));
    QCOMPARE(adjudication(cases_[3])["rationale"].get<std::string>(), std::string("Lead two: normal."));
    QCOMPARE(count("SELECT count(*) FROM adjudications WHERE case_id = " + std::to_string(cases_[3])), 1);

    // Overriding it knowingly works: the reloaded version goes out as If-Match.
    QVERIFY(!page_->caseView()->current().etag.isEmpty());
    page_->caseView()->takeAll(1);
    adjudicateWith(QStringLiteral("Abnormal after all."));
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(adjudication(cases_[3])["rationale"].get<std::string>()),
                              QStringLiteral("Abnormal after all."), 15000);
    QCOMPARE(adjudication(cases_[3])["final_payload"]["finding"], Json("abnormal"));
  }

  void anInvalidFinalAnswerShowsTheServersReasons() {
    // The editors cannot produce an invalid answer, so the sender is driven directly here.
    app::AdjudicationSender sender(&api_);
    QSignalSpy done(&sender, &app::AdjudicationSender::finished);
    sender.send(QStringLiteral("lead-review"), cases_[6], Json{{"finding", "maybe"}}, QStringLiteral("Because."), {});
    QVERIFY(sender.busy());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
    const auto outcome = done.at(0).at(0).value<app::AdjudicationOutcome>();
    QCOMPARE(outcome.kind, app::AdjudicationOutcome::Kind::Invalid);
    QVERIFY2(outcome.message.contains(QStringLiteral("/final_payload/finding")), qPrintable(outcome.message));
    QVERIFY(adjudication(cases_[6]).is_null());
  }
};

QTEST_MAIN(LeadReviewTest)
#include "test_lead_review.moc"
