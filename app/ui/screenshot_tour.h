#pragma once
// `concord --screenshot-tour DIR`: after logging in, saves the queue, a case with each of its
// editors active, and the help overlay as PNG files, then quits. Logged in as a data lead, it
// saves the console's pages instead: the agreement dashboard, a case of the disagreement queue,
// a finished export and the PHI review. Used by deploy/screenshots.sh (under Xvfb) to document
// the screens; it drives the window through signals, timers and key presses only, and finds the
// console's widgets by object name (the console is built outside this library).
#include <QObject>
#include <QString>
#include <functional>

namespace concord::app {

class MainWindow;

class ScreenshotTour : public QObject {
  Q_OBJECT
 public:
  /// `preferProject`: open the first case of this project if there is one (the richest schema).
  ScreenshotTour(MainWindow* window, QString directory, QString preferProject);

 private:
  void onQueueLoaded();
  void startLeadTour();
  /// Switches the console to page `tab`, runs `act` (may be empty), waits `settleMs`, saves.
  void shootLeadPage(int tab, const QString& name, int settleMs, std::function<void()> act,
                     std::function<void()> then);
  void onCaseLoaded();
  void shootEditor(int index);
  void save(const QString& name);
  void finish();

  MainWindow* window_;
  QString directory_;
  QString preferProject_;
  bool started_ = false;
  int shots_ = 0;
};

}  // namespace concord::app
