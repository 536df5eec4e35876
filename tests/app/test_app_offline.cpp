// Offline work against a real server: a submission made while the server is down waits in the
// local queue with its idempotency key, survives the app being closed, and is delivered after a
// restart once the server is back. A conflict (someone saved a newer version) is shown with both
// versions and resolved by the clinician, never dropped. Skipping records the reason.
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <pqxx/pqxx>

#include "app_test_support.h"
#include "https_client.h"
#include "model/annotation_document.h"
#include "offline/outbox.h"
#include "offline/sync_service.h"
#include "test_database.h"
#include "test_server.h"
#include "ui/conflict_dialog.h"
#include "ui/sync_indicator.h"

using namespace concord;
using namespace concord::testing;

class AppOfflineTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::vector<std::int64_t> cases_;
  QTemporaryDir dir_;

  Json stored(std::int64_t caseId, const char* column = "payload") {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    auto r = tx.exec_params(std::string("SELECT ") + column + "::text FROM annotations WHERE case_id = $1", caseId);
    return r.empty() ? Json() : Json::parse(r[0][0].as<std::string>());
  }
  std::string assignmentStatus(std::int64_t caseId) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    return tx.exec_params1("SELECT status FROM assignments WHERE case_id = $1", caseId)[0].as<std::string>();
  }
  app::AppOptions options(const QString& outbox) {
    return optionsFor(server_->baseUrl(), server_->caFile(), "dave", dir_.filePath(outbox));
  }

 private slots:
  void initTestCase() {
    isolateSettings();
    db_ = std::make_unique<TestDatabase>();
    auto dave = seedUser(db_->url(), "dave", "clinician", {"cardiology"});
    auto project = seedProject(db_->url(), "offline", choiceSchema());
    cases_ = seedCases(db_->url(), project, 4);
    for (auto id : cases_) seedAssignment(db_->url(), id, dave);
    server_ = std::make_unique<TestServer>(db_->url());
  }
  void cleanupTestCase() {
    server_.reset();
    db_.reset();
  }

  void submissionWaitsOfflineAndSurvivesARestart() {
    {
      app::MainWindow w(options(QStringLiteral("restart.sqlite")));
      w.show();
      QVERIFY(QTest::qWaitForWindowActive(&w));
      QVERIFY(logIn(w, 4));
      w.sync()->setRetryDelay(200);
      emit w.queuePage()->openCase(cases_[0]);
      QTRY_VERIFY_WITH_TIMEOUT(w.casePage()->loaded(), 15000);
      QTest::keyClick(w.casePage(), Qt::Key_1);

      server_.reset();  // the server goes away
      QTest::keyClick(w.casePage(), Qt::Key_Return, Qt::ControlModifier);
      QTRY_VERIFY_WITH_TIMEOUT(!w.sync()->online(), 15000);
      QCOMPARE(w.outbox()->count(app::OutboxItem::State::Pending), 1);
      QVERIFY2(w.syncIndicator()->text().contains(QStringLiteral("waiting to send")), qPrintable(w.syncIndicator()->text()));
      // The clinician is not stuck: the app moved on to the next case.
      QCOMPARE(w.casePage()->caseId(), cases_[1]);
      QVERIFY(!w.outbox()->items().first().idempotencyKey.isEmpty());
    }  // the app is closed with the submission still queued

    server_ = std::make_unique<TestServer>(db_->url());  // back (new port, new certificate)
    QVERIFY(stored(cases_[0]).is_null());
    app::MainWindow w(options(QStringLiteral("restart.sqlite")));
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.outbox()->isReady(), 5000);
    QCOMPARE(w.outbox()->items().size(), 1);
    QVERIFY(logIn(w, 4));
    QTRY_VERIFY_WITH_TIMEOUT(!stored(cases_[0]).is_null(), 15000);
    QCOMPARE(stored(cases_[0]), Json::parse(R"({"finding": "normal"})"));
    QTRY_COMPARE_WITH_TIMEOUT(w.outbox()->items().size(), 0, 5000);
    QCOMPARE(w.syncIndicator()->text(), QStringLiteral("✓ All work sent"));
    QCOMPARE(assignmentStatus(cases_[0]), std::string("submitted"));
  }

  void conflictShowsBothVersionsAndTheClinicianDecides() {
    app::MainWindow w(options(QStringLiteral("conflict.sqlite")));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(logIn(w, 4));
    emit w.queuePage()->openCase(cases_[2]);
    QTRY_VERIFY_WITH_TIMEOUT(w.casePage()->loaded(), 15000);
    QTest::keyClick(w.casePage(), Qt::Key_3);
    w.casePage()->saveDraft();
    QTRY_VERIFY_WITH_TIMEOUT(!stored(cases_[2]).is_null(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(w.outbox()->items().size(), 0, 5000);

    // Meanwhile the same account saves a newer version from elsewhere.
    HttpsClient other("127.0.0.1", server_->port(), server_->caFile());
    const std::string token = other.postJson("/api/v1/auth/login", {{"username", "dave"}, {"password", kTestPassword}})
                                  .json()["token"].get<std::string>();
    auto put = other.request("PUT", "/api/v1/cases/" + std::to_string(cases_[2]) + "/annotation",
                             Json{{"status", "draft"}, {"payload", {{"finding", "abnormal"}}}}.dump(),
                             {{"Authorization", "Bearer " + token}, {"Idempotency-Key", "elsewhere-1"}, {"If-Match", "\"v1\""}});
    QCOMPARE(put.status, 200);

    QSignalSpy conflicts(w.sync(), &app::SyncService::conflict);
    QTest::keyClick(w.casePage(), Qt::Key_1);
    QTest::keyClick(w.casePage(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(conflicts.wait(15000));
    QCOMPARE(w.outbox()->count(app::OutboxItem::State::Conflict), 1);  // kept, not dropped
    QVERIFY(w.syncIndicator()->text().contains(QStringLiteral("need your decision")));
    QVERIFY(w.casePage()->statusText().contains(QStringLiteral("newer version")));
    QCOMPARE(stored(cases_[2]), Json::parse(R"({"finding": "abnormal"})"));

    // The indicator opens the comparison: mine on the left, the server's on the right.
    QTest::mouseClick(w.syncIndicator(), Qt::LeftButton);
    app::ConflictDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<app::ConflictDialog*>()) != nullptr, 5000);
    QVERIFY(dialog->mineText().contains(QStringLiteral("\"normal\"")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->theirsText().contains(QStringLiteral("\"abnormal\"")), 15000);
    QVERIFY(dialog->theirsText().contains(QStringLiteral("Version 2")));
    QPushButton* sendMine = nullptr;
    for (auto* b : dialog->findChildren<QPushButton*>()) {
      if (b->text().startsWith(QStringLiteral("Send mine"))) sendMine = b;
    }
    QVERIFY(sendMine);
    QTRY_VERIFY_WITH_TIMEOUT(sendMine->isEnabled(), 15000);
    QTest::mouseClick(sendMine, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stored(cases_[2]), Json::parse(R"({"finding": "normal"})"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(w.outbox()->items().size(), 0, 5000);
    QCOMPARE(assignmentStatus(cases_[2]), std::string("submitted"));
  }

  void draftIsSavedAutomatically() {
    app::MainWindow w(options(QStringLiteral("autosave.sqlite")));
    w.show();
    QVERIFY(logIn(w, 4));
    emit w.queuePage()->openCase(cases_[1]);
    QTRY_VERIFY_WITH_TIMEOUT(w.casePage()->loaded(), 15000);
    w.casePage()->setAutosaveDelay(100);
    QTest::keyClick(w.casePage(), Qt::Key_2);
    QVERIFY(stored(cases_[1]).is_null());  // not at once: after a pause in editing
    QTRY_COMPARE_WITH_TIMEOUT(stored(cases_[1]), Json::parse(R"({"finding": "abnormal"})"), 15000);
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    QCOMPARE(tx.exec_params1("SELECT status FROM annotations WHERE case_id = $1", cases_[1])[0].as<std::string>(),
             std::string("draft"));
    QCOMPARE(assignmentStatus(cases_[1]), std::string("assigned"));
  }

  void skipRecordsTheReason() {
    app::MainWindow w(options(QStringLiteral("skip.sqlite")));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(logIn(w, 4));
    emit w.queuePage()->openCase(cases_[3]);
    QTRY_VERIFY_WITH_TIMEOUT(w.casePage()->loaded(), 15000);
    QTest::keyClick(w.casePage(), Qt::Key_K, Qt::ControlModifier);
    QDialog* dialog = w.casePage()->findChild<QDialog*>(QStringLiteral("skipDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(assignmentStatus(cases_[3]), std::string("skipped"), 15000);
    const int row = w.assignments()->rowOfCase(cases_[3]);
    QCOMPARE(w.assignments()->rowAt(row).status, QStringLiteral("skipped"));
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    auto reason = tx.exec_params("SELECT skip_reason FROM assignments WHERE case_id = $1", cases_[3]);
    QCOMPARE(reason[0][0].as<std::string>(), std::string("Outside my specialty"));
  }
};

QTEST_MAIN(AppOfflineTest)
#include "test_app_offline.moc"
