#pragma once
// Cold-start measurement for bench/app/run.sh: with CONCORD_TRACE_STARTUP=1 the app, once logged
// in (CONCORD_PASSWORD), opens the first case of the queue as a clinician pressing Enter would,
// prints one line with the time from process start to each step (the case's first image, which
// arrives by a request of its own, is a step after "on screen"), and quits. Off by default; it
// only listens to signals the window already emits, so it changes nothing else.
// Header-only so the executable needs no extra source (main.cpp is its only user).
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

#include "model/assignment_model.h"
#include "ui/case_page.h"
#include "ui/image_canvas.h"
#include "ui/login_page.h"
#include "ui/main_window.h"
#include "ui/queue_page.h"

namespace concord::app {

class StartupTrace : public QObject {
 public:
  /// Call first thing in main(); returns null unless CONCORD_TRACE_STARTUP=1.
  static StartupTrace* fromEnvironment() {
    if (qgetenv("CONCORD_TRACE_STARTUP") != "1") return nullptr;
    return new StartupTrace(processAgeMs());
  }

  /// Starts following the window (call right after show()). Takes ownership of itself.
  void attach(MainWindow* window) {
    window_ = window;
    setParent(window);
    mark(shown_);
    window->installEventFilter(this);
    connect(window->loginPage(), &LoginPage::loggedIn, this, [this] { mark(login_); });
    connect(window->assignments(), &AssignmentModel::loadingChanged, this, [this](bool loading) {
      if (loading || queue_ >= 0) return;
      mark(queue_);
      AssignmentModel* model = window_->assignments();
      if (model->rowCount() == 0) return fail(QStringLiteral("the queue is empty"));
      const qint64 first = model->rowAt(0).caseId;
      window_->queuePage()->selectCase(first);
      emit window_->queuePage()->openCase(first);
    });
    connect(window->casePage(), &CasePage::caseLoaded, this, [this] {
      if (built_ >= 0) return;
      mark(built_);
      // "On screen" is the first paint of the built page, not the arrival of its data.
      window_->casePage()->installEventFilter(this);
      window_->casePage()->update();
      waitForImage_ = !window_->casePage()->caseData().images().isEmpty();
      for (auto* canvas : window_->casePage()->findChildren<ImageCanvas*>()) canvas->installEventFilter(this);
    });
    connect(window->casePage(), &CasePage::loadFailed, this, [this](const QString& why) { fail(why); });
    QTimer::singleShot(60000, this, [this] { fail(QStringLiteral("no case on screen after 60 s")); });
  }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::Paint) {
      if (watched == window_ && painted_ < 0) mark(painted_);
      if (watched == window_->casePage() && built_ >= 0 && onScreen_ < 0) {
        mark(onScreen_);
        // Report after this paint has been delivered.
        if (!waitForImage_ || image_ >= 0) QTimer::singleShot(0, this, &StartupTrace::report);
      }
      auto* canvas = qobject_cast<ImageCanvas*>(watched);
      if (canvas && waitForImage_ && image_ < 0 && !canvas->image().isNull()) {
        mark(image_);
        QTimer::singleShot(0, this, &StartupTrace::report);
      }
    }
    return false;
  }

 private:
  explicit StartupTrace(qint64 preMainMs) : preMain_(preMainMs) { clock_.start(); }

  /// Milliseconds since the kernel started this process (10 ms resolution: clock ticks).
  static qint64 processAgeMs() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) return 0;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime) counted after the ")" closing the command name, which may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20) return 0;
    const double startSec = fields[19].toDouble() / static_cast<double>(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSec = static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
    return std::max<qint64>(0, static_cast<qint64>((nowSec - startSec) * 1000.0));
  }

  void mark(qint64& slot) { slot = preMain_ + clock_.elapsed(); }

  void report() {
    if (reported_ || onScreen_ < 0) return;
    reported_ = true;
    std::printf("startup premain=%lld shown=%lld painted=%lld login=%lld queue=%lld built=%lld onscreen=%lld image=%lld\n",
                static_cast<long long>(preMain_), static_cast<long long>(shown_), static_cast<long long>(painted_),
                static_cast<long long>(login_), static_cast<long long>(queue_), static_cast<long long>(built_),
                static_cast<long long>(onScreen_), static_cast<long long>(image_));
    std::printf("concord: first case on screen after %lld ms\n", static_cast<long long>(onScreen_));
    std::fflush(stdout);
    QApplication::exit(0);
  }

  void fail(const QString& why) {
    if (onScreen_ >= 0) return report();  // on screen, but the image never came: report without it
    std::fprintf(stderr, "concord: startup trace failed: %s\n", qPrintable(why));
    QApplication::exit(3);
  }

  MainWindow* window_ = nullptr;
  QElapsedTimer clock_;
  qint64 preMain_ = 0;
  qint64 shown_ = -1;
  qint64 painted_ = -1;
  qint64 login_ = -1;
  qint64 queue_ = -1;
  qint64 built_ = -1;
  qint64 onScreen_ = -1;
  qint64 image_ = -1;
  bool waitForImage_ = false;
  bool reported_ = false;
};

}  // namespace concord::app
