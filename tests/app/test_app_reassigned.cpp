// A case reassigned to another clinician while this clinician's answer was on its way. The server
// answers 404 ("not among your assignments") to the write; the app must neither retry for ever
// nor drop the answer silently: it keeps it as a conflict, says in plain words that the case was
// reassigned, shows the clinician's own version, and lets them copy it and then discard it.
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <pqxx/pqxx>

#include "app_test_support.h"
#include "offline/outbox.h"
#include "offline/sync_service.h"
#include "test_database.h"
#include "test_server.h"
#include "ui/conflict_dialog.h"
#include "ui/sync_indicator.h"

using namespace concord;
using namespace concord::testing;

class AppReassignedTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::vector<std::int64_t> cases_;
  std::int64_t dave_ = 0;
  std::int64_t erin_ = 0;
  QTemporaryDir dir_;

  // There is no reassignment endpoint yet: a data lead's reassignment is this row change.
  void reassign(std::int64_t caseId, std::int64_t from, std::int64_t to) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    auto r = tx.exec_params("UPDATE assignments SET user_id = $3 WHERE case_id = $1 AND user_id = $2", caseId, from, to);
    QCOMPARE(r.affected_rows(), 1UL);
    tx.commit();
  }
  long long count(const std::string& sql, std::int64_t caseId) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    return tx.exec_params1(sql, caseId)[0].as<long long>();
  }
  long long refusedWrites(std::int64_t caseId) {
    return count("SELECT count(*) FROM audit_log WHERE action = 'annotation.write.refused' AND target_id = $1::text", caseId);
  }
  long long annotations(std::int64_t caseId) { return count("SELECT count(*) FROM annotations WHERE case_id = $1", caseId); }
  app::AppOptions options(const QString& outbox) {
    return optionsFor(server_->baseUrl(), server_->caFile(), "dave", dir_.filePath(outbox));
  }
  static QPushButton* button(QWidget* parent, const QString& text) {
    for (auto* b : parent->findChildren<QPushButton*>()) {
      if (b->text() == text) return b;
    }
    return nullptr;
  }

 private slots:
  void initTestCase() {
    isolateSettings();
    db_ = std::make_unique<TestDatabase>();
    dave_ = seedUser(db_->url(), "dave", "clinician", {"cardiology"});
    erin_ = seedUser(db_->url(), "erin", "clinician", {"cardiology"});
    auto project = seedProject(db_->url(), "reassigned", choiceSchema());
    cases_ = seedCases(db_->url(), project, 3);
    for (auto id : cases_) seedAssignment(db_->url(), id, dave_);
    server_ = std::make_unique<TestServer>(db_->url());
  }
  void cleanupTestCase() {
    server_.reset();
    db_.reset();
  }

  void queuedSubmissionForAReassignedCaseIsKeptAndShown() {
    {
      app::MainWindow w(options(QStringLiteral("queued.sqlite")));
      w.show();
      QVERIFY(QTest::qWaitForWindowActive(&w));
      QVERIFY(logIn(w, 3));
      w.sync()->setRetryDelay(200);
      emit w.queuePage()->openCase(cases_[0]);
      QTRY_VERIFY_WITH_TIMEOUT(w.casePage()->loaded(), 15000);
      QTest::keyClick(w.casePage(), Qt::Key_1);
      server_.reset();  // offline: the submission waits in the local queue
      QTest::keyClick(w.casePage(), Qt::Key_Return, Qt::ControlModifier);
      QTRY_VERIFY_WITH_TIMEOUT(!w.sync()->online(), 15000);
      QCOMPARE(w.outbox()->count(app::OutboxItem::State::Pending), 1);
    }  // the app is closed with the submission still queued

    // Meanwhile a data lead gives the case to erin.
    reassign(cases_[0], dave_, erin_);
    server_ = std::make_unique<TestServer>(db_->url());

    app::MainWindow w(options(QStringLiteral("queued.sqlite")));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTRY_VERIFY_WITH_TIMEOUT(w.outbox()->isReady(), 5000);
    QCOMPARE(w.outbox()->items().size(), 1);
    w.sync()->setRetryDelay(100);
    QSignalSpy conflicts(w.sync(), &app::SyncService::conflict);
    QVERIFY(logIn(w, 2));  // the reassigned case has left dave's queue
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, 15000);
    QCOMPARE(w.outbox()->count(app::OutboxItem::State::Conflict), 1);  // kept, not dropped
    QVERIFY(w.outbox()->items().first().message.contains(QStringLiteral("reassigned to another clinician")));
    QVERIFY2(w.syncIndicator()->text().contains(QStringLiteral("need your decision")), qPrintable(w.syncIndicator()->text()));

    // Not retried for ever: one refused write, however long the app keeps running.
    QTest::qWait(1500);
    QCOMPARE(refusedWrites(cases_[0]), 1LL);
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(annotations(cases_[0]), 0LL);

    // The indicator opens the dialog: dave's own answer, the reason in plain words, no "send mine".
    QTest::mouseClick(w.syncIndicator(), Qt::LeftButton);
    app::ConflictDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<app::ConflictDialog*>()) != nullptr, 5000);
    QVERIFY(dialog->mineText().contains(QStringLiteral("\"normal\"")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->reassigned(), 15000);
    QVERIFY2(dialog->reasonText().contains(QStringLiteral("reassigned to another clinician")), qPrintable(dialog->reasonText()));
    QVERIFY(dialog->theirsText().contains(QStringLiteral("no longer have access")));
    QPushButton* sendMine = nullptr;
    for (auto* b : dialog->findChildren<QPushButton*>()) {
      if (b->text().startsWith(QStringLiteral("Send mine"))) sendMine = b;
    }
    QVERIFY(sendMine && !sendMine->isVisible());

    // Copy first, then discard.
    QPushButton* copy = dialog->findChild<QPushButton*>(QStringLiteral("copyMine"));
    QVERIFY(copy && copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString clip = QGuiApplication::clipboard()->text();
    QVERIFY2(clip.contains(QStringLiteral("case-0")) && clip.contains(QStringLiteral("\"normal\"")), qPrintable(clip));
    QVERIFY(w.outbox()->items().size() == 1);  // copying decides nothing

    QPushButton* discard = button(dialog, QStringLiteral("Discard mine"));
    QVERIFY(discard);
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w.outbox()->items().size(), 0, 5000);
    QCOMPARE(w.syncIndicator()->text(), QStringLiteral("✓ All work sent"));
    QCOMPARE(annotations(cases_[0]), 0LL);
  }

  void submissionJustSentForAReassignedCaseStaysWithTheClinician() {
    {
      app::MainWindow w(options(QStringLiteral("online.sqlite")));
      w.show();
      QVERIFY(QTest::qWaitForWindowActive(&w));
      QVERIFY(logIn(w, 2));
      w.sync()->setRetryDelay(100);
      emit w.queuePage()->openCase(cases_[1]);
      QTRY_VERIFY_WITH_TIMEOUT(w.casePage()->loaded(), 15000);
      QTest::keyClick(w.casePage(), Qt::Key_2);

      reassign(cases_[1], dave_, erin_);  // while dave is looking at the case
      QSignalSpy conflicts(w.sync(), &app::SyncService::conflict);
      QTest::keyClick(w.casePage(), Qt::Key_Return, Qt::ControlModifier);
      QVERIFY(conflicts.wait(15000));
      // The page stays on the case and says why, instead of moving on as if it were sent.
      QCOMPARE(w.casePage()->caseId(), cases_[1]);
      QVERIFY2(w.casePage()->statusText().contains(QStringLiteral("reassigned to another clinician")),
               qPrintable(w.casePage()->statusText()));
      QCOMPARE(w.outbox()->count(app::OutboxItem::State::Conflict), 1);
      QVERIFY(w.syncIndicator()->text().contains(QStringLiteral("need your decision")));
    }  // "Decide later": the app is closed without deciding

    // Still there after a restart, and still shown with the clinician's answer.
    app::MainWindow w(options(QStringLiteral("online.sqlite")));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTRY_VERIFY_WITH_TIMEOUT(w.outbox()->isReady(), 5000);
    QCOMPARE(w.outbox()->count(app::OutboxItem::State::Conflict), 1);
    QVERIFY(logIn(w, 1));
    QTest::qWait(500);  // a resumed queue does not resend a conflict
    QCOMPARE(refusedWrites(cases_[1]), 1LL);
    QVERIFY(w.syncIndicator()->text().contains(QStringLiteral("need your decision")));
    QTest::mouseClick(w.syncIndicator(), Qt::LeftButton);
    app::ConflictDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<app::ConflictDialog*>()) != nullptr, 5000);
    QVERIFY(dialog->mineText().contains(QStringLiteral("\"abnormal\"")));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->reassigned(), 15000);
    QCOMPARE(annotations(cases_[1]), 0LL);
  }
};

QTEST_MAIN(AppReassignedTest)
#include "test_app_reassigned.moc"
