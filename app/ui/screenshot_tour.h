#pragma once
// `concord --screenshot-tour DIR`: after logging in, saves the queue, a case with each of its
// editors active, and the help overlay as PNG files, then quits. Used by deploy/screenshots.sh
// (under Xvfb) to document the screens; it drives the window through signals and timers only.
#include <QObject>
#include <QString>

namespace concord::app {

class MainWindow;

class ScreenshotTour : public QObject {
  Q_OBJECT
 public:
  /// `preferProject`: open the first case of this project if there is one (the richest schema).
  ScreenshotTour(MainWindow* window, QString directory, QString preferProject);

 private:
  void onQueueLoaded();
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
