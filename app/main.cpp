// concord: the clinician desktop app. A thin shell: options, then the main window.
#include <QApplication>
#include <QTimer>
#include <cstdio>

#include "lead/lead_console.h"
#include "startup_trace.h"
#include "ui/app_options.h"
#include "ui/login_page.h"
#include "ui/main_window.h"
#include "ui/screenshot_tour.h"

int main(int argc, char** argv) {
  auto* trace = concord::app::StartupTrace::fromEnvironment();  // first: it times the start
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("Concord"));
  QApplication::setApplicationName(QStringLiteral("concord"));
  QString error;
  const auto options = concord::app::AppOptions::fromArguments(QApplication::arguments(), &error);
  if (!error.isEmpty()) {
    std::fprintf(stderr, "concord: %s\n", qPrintable(error));
    return 2;
  }
  concord::app::MainWindow window(options);
  window.setLeadConsole(new concord::app::LeadConsole(window.api()));
  window.show();
  if (trace) trace->attach(&window);
  if (!options.screenshotDir.isEmpty()) {
    new concord::app::ScreenshotTour(&window, options.screenshotDir, qEnvironmentVariable("CONCORD_TOUR_PROJECT"));
  }
  // Demo scripts pass the password in CONCORD_PASSWORD (demo accounts only); a person types it.
  if (!options.password.isEmpty() && !options.server.isEmpty() && !options.user.isEmpty()) {
    QTimer::singleShot(0, window.loginPage(), &concord::app::LoginPage::submit);
  }
  return app.exec();
}
