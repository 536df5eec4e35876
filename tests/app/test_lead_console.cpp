// The data lead's console inside the real main window, against a real server: a data lead who
// logs in through the form lands in the console with the projects listed and every page told
// which project it shows; a clinician is never offered the console, and the server would refuse
// them anyway.
#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QTabWidget>
#include <QtTest>

#include "app_test_support.h"
#include "lead/lead_console.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

class LeadConsoleTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;

  app::AppOptions options(const QString& user) {
    return optionsFor(server_->baseUrl(), server_->caFile(), user, QDir::temp().filePath(user + "-console.sqlite"));
  }
  static QAction* leadAction(app::MainWindow& w) {
    for (QAction* a : w.menuBar()->findChildren<QAction*>())
      if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L)) return a;
    return nullptr;
  }

 private slots:
  void initTestCase() {
    isolateSettings();
    db_ = std::make_unique<TestDatabase>();
    seedUser(db_->url(), "lead", "data_lead");
    auto clinician = seedUser(db_->url(), "carla", "clinician", {"cardiology"});
    auto project = seedProject(db_->url(), "alpha-project", choiceSchema());
    seedProject(db_->url(), "beta-project", choiceSchema());
    for (auto id : seedCases(db_->url(), project, 2)) seedAssignment(db_->url(), id, clinician);
    server_ = std::make_unique<TestServer>(db_->url());
  }
  void cleanupTestCase() {
    server_.reset();
    db_.reset();
  }

  void leadLandsInTheConsoleWithProjects() {
    app::MainWindow w(options(QStringLiteral("lead")));
    auto* console = new app::LeadConsole(w.api());
    w.setLeadConsole(console);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(leadAction(w));
    QVERIFY(!leadAction(w)->isVisible());  // nobody is logged in yet

    QSignalSpy chosen(console, &app::LeadConsole::projectChanged);
    typePasswordAndLogIn(w, QString::fromStdString(kTestPassword));
    QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), static_cast<QWidget*>(console), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(console->projectPicker()->count(), 2, 15000);
    QVERIFY(leadAction(w)->isVisible());
    QVERIFY(chosen.count() >= 1);
    QCOMPARE(console->currentProject()->slug, QStringLiteral("alpha-project"));
    QCOMPARE(console->currentProject()->schema["fields"].size(), choiceSchema()["fields"].size());

    // Choosing the other project from the keyboard tells the pages.
    console->projectPicker()->setFocus();
    QTest::keyClick(console->projectPicker(), Qt::Key_Down);
    QTRY_COMPARE(chosen.last().at(0).toString(), QStringLiteral("beta-project"));
    QCOMPARE(console->currentProject()->slug, QStringLiteral("beta-project"));

    // Ctrl+2 / Ctrl+3 switch pages.
    QTest::keyClick(console->projectPicker(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(console->tabs()->currentIndex(), 2);
    QTest::keyClick(console->projectPicker(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(console->tabs()->currentIndex(), 1);
  }

  void clinicianIsNotOfferedTheConsole() {
    app::MainWindow w(options(QStringLiteral("carla")));
    w.setLeadConsole(new app::LeadConsole(w.api()));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(logIn(w, 2));
    QCOMPARE(w.currentPage(), static_cast<QWidget*>(w.queuePage()));
    QVERIFY(!leadAction(w)->isVisible());
    QVERIFY(!w.showLeadConsole());
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), static_cast<QWidget*>(w.queuePage()));
  }
};

QTEST_MAIN(LeadConsoleTest)
#include "test_lead_console.moc"
