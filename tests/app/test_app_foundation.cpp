// The foundation path through the real widgets against a real server over TLS: log in (with the
// development CA trusted), see the queue, open a case, pick a label with a number key, submit,
// and land on the next case. Also: what the clinician sees when the login fails.
#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QtTest>
#include <pqxx/pqxx>

#include "app_test_support.h"
#include "fixtures.h"
#include "model/annotation_document.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

class AppFoundationTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::vector<std::int64_t> cases_;

  Json annotationOf(std::int64_t caseId) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    auto r = tx.exec_params("SELECT status, payload::text FROM annotations WHERE case_id = $1", caseId);
    if (r.empty()) return nullptr;
    return Json{{"status", r[0][0].as<std::string>()}, {"payload", Json::parse(r[0][1].as<std::string>())}};
  }

 private slots:
  void initTestCase() {
    isolateSettings();
    QSettings().clear();
    db_ = std::make_unique<TestDatabase>();
    auto alice = seedUser(db_->url(), "alice", "clinician", {"cardiology"});
    auto project = seedProject(db_->url(), "chest-pain", choiceSchema());
    cases_ = seedCases(db_->url(), project, 3);
    for (auto id : cases_) seedAssignment(db_->url(), id, alice);
    server_ = std::make_unique<TestServer>(db_->url());
  }
  void cleanupTestCase() {
    server_.reset();
    db_.reset();
  }

  void untrustedServerGivesAClearMessage() {
    app::MainWindow w(optionsFor(server_->baseUrl(), "", "alice"));
    w.show();
    typePasswordAndLogIn(w, QString::fromStdString(kTestPassword));
    QTRY_VERIFY_WITH_TIMEOUT(!w.loginPage()->errorText().isEmpty(), 15000);
    QVERIFY2(w.loginPage()->errorText().contains(QStringLiteral("certificate")), qPrintable(w.loginPage()->errorText()));
    QCOMPARE(w.currentPage(), w.loginPage());
  }

  void wrongPasswordIsRefused() {
    app::MainWindow w(optionsFor(server_->baseUrl(), server_->caFile(), "alice"));
    w.show();
    typePasswordAndLogIn(w, QStringLiteral("not the password at all"));
    QTRY_VERIFY_WITH_TIMEOUT(!w.loginPage()->errorText().isEmpty(), 15000);
    QCOMPARE(w.loginPage()->errorText(), QStringLiteral("The user name or password is not correct."));
    QCOMPARE(w.currentPage(), w.loginPage());
  }

  void logInLabelSubmitAndMoveOn() {
    QSettings().clear();
    app::MainWindow w(optionsFor(server_->baseUrl(), server_->caFile(), "alice"));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    typePasswordAndLogIn(w, QString::fromStdString(kTestPassword));
    QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), static_cast<QWidget*>(w.queuePage()), 15000);

    // The address is remembered for next time; the password is not written anywhere.
    QSettings settings;
    QCOMPARE(settings.value("server/address").toString(), QString::fromStdString(server_->baseUrl()));
    for (const auto& key : settings.allKeys()) {
      QVERIFY2(!settings.value(key).toString().contains(QString::fromStdString(kTestPassword)), qPrintable(key));
    }

    QTableView* table = w.queuePage()->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 15000);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("case-0"));

    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(w.currentPage(), static_cast<QWidget*>(w.casePage()));
    app::CasePage* page = w.casePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->loaded(), 15000);
    QCOMPARE(page->caseId(), cases_[0]);
    QCOMPARE(page->editors().size(), std::size_t{1});

    // "2" is the key of "Abnormal" in the schema.
    QTest::keyClick(page, Qt::Key_2);
    QCOMPARE(page->document()->value("finding"), Json("abnormal"));
    auto* abnormal = page->editors()[0]->findChild<QRadioButton*>(QStringLiteral("option_1"));
    QVERIFY(abnormal && abnormal->isChecked());
    auto* normal = page->editors()[0]->findChild<QRadioButton*>(QStringLiteral("option_0"));
    QVERIFY(normal && !normal->isChecked());

    // Ctrl+Enter submits; the next case still to do opens by itself.
    QTest::keyClick(page, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(page->caseId(), cases_[1], 15000);
    QTRY_VERIFY_WITH_TIMEOUT(page->loaded(), 15000);
    const Json saved = annotationOf(cases_[0]);
    QVERIFY(!saved.is_null());
    QCOMPARE(saved["status"], Json("submitted"));
    QCOMPARE(saved["payload"], Json::parse(R"({"finding": "abnormal"})"));
    const int row = w.assignments()->rowOfCase(cases_[0]);
    QCOMPARE(w.assignments()->rowAt(row).status, QStringLiteral("submitted"));
  }

  void submittingWithoutTheRequiredAnswerIsStoppedLocally() {
    app::MainWindow w(optionsFor(server_->baseUrl(), server_->caFile(), "alice"));
    w.show();
    typePasswordAndLogIn(w, QString::fromStdString(kTestPassword));
    QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), static_cast<QWidget*>(w.queuePage()), 15000);
    emit w.queuePage()->openCase(cases_[2]);
    QTRY_VERIFY_WITH_TIMEOUT(w.casePage()->loaded(), 15000);
    w.casePage()->submit();
    QVERIFY2(w.casePage()->statusText().startsWith(QStringLiteral("Please check")), qPrintable(w.casePage()->statusText()));
    QVERIFY(annotationOf(cases_[2]).is_null());
  }
};

QTEST_MAIN(AppFoundationTest)
#include "test_app_foundation.moc"
