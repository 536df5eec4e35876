#pragma once
// Shared steps for the app's GUI tests: a real server on a fresh database, and a main window
// driven through its real widgets (typing into the login form, clicking, pressing keys).
#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include "editors/field_editor.h"
#include "fixtures.h"
#include "model/assignment_model.h"
#include "ui/app_options.h"
#include "ui/case_page.h"
#include "ui/login_page.h"
#include "ui/main_window.h"
#include "ui/queue_page.h"

namespace concord::testing {

/// Keeps QSettings and app data away from the real user's files, and each test program's away
/// from the others': ctest runs them in parallel, and one shared settings file let one program's
/// saved server address overwrite another's between its write and its check.
inline void isolateSettings() {
  QStandardPaths::setTestModeEnabled(true);
  QCoreApplication::setOrganizationName(QStringLiteral("ConcordTest"));
  QCoreApplication::setApplicationName(QStringLiteral("concord-test-") +
                                       QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
}

inline app::AppOptions optionsFor(const std::string& baseUrl, const std::string& caFile, const QString& user,
                                  const QString& outboxPath = {}) {
  app::AppOptions o;
  o.outboxPath = outboxPath;
  o.server = QString::fromStdString(baseUrl);
  o.caFile = QString::fromStdString(caFile);
  o.user = user;
  return o;
}

/// Types the password into the real form and presses the Log in button.
inline void typePasswordAndLogIn(app::MainWindow& w, const QString& password) {
  auto* field = w.loginPage()->findChild<QLineEdit*>(QStringLiteral("password"));
  QVERIFY(field);
  field->clear();
  QTest::keyClicks(field, password);
  auto* button = w.loginPage()->findChild<QPushButton*>(QStringLiteral("loginButton"));
  QVERIFY(button);
  QTest::mouseClick(button, Qt::LeftButton);
}

/// Logs in through the form and waits for the queue to show `rows` rows.
inline bool logIn(app::MainWindow& w, int rows) {
  typePasswordAndLogIn(w, QString::fromStdString(kTestPassword));
  if (!QTest::qWaitFor([&] { return w.currentPage() == w.queuePage(); }, 15000)) return false;
  return QTest::qWaitFor([&] { return w.assignments()->rowCount() == rows && !w.assignments()->loading(); }, 15000);
}

}  // namespace concord::testing
