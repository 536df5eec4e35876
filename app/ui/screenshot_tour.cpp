#include "ui/screenshot_tour.h"

#include <QApplication>
#include <QDir>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QKeyEvent>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

#include "editors/field_editor.h"
#include "model/assignment_model.h"
#include "ui/case_page.h"
#include "ui/login_page.h"
#include "ui/main_window.h"
#include "ui/queue_page.h"

namespace concord::app {

namespace {
constexpr int kSettleMs = 700;  // lets images arrive and layouts settle before a grab
}

ScreenshotTour::ScreenshotTour(MainWindow* window, QString directory, QString preferProject)
    : QObject(window), window_(window), directory_(std::move(directory)), preferProject_(std::move(preferProject)) {
  QDir().mkpath(directory_);
  connect(window_->assignments(), &AssignmentModel::loadingChanged, this, [this](bool loading) {
    if (!loading && !started_ && window_->assignments()->rowCount() > 0) {
      started_ = true;
      QTimer::singleShot(kSettleMs, this, &ScreenshotTour::onQueueLoaded);
    }
  });
  connect(window_->casePage(), &CasePage::caseLoaded, this,
          [this] { QTimer::singleShot(kSettleMs * 2, this, &ScreenshotTour::onCaseLoaded); });
  connect(window_->casePage(), &CasePage::loadFailed, this, &ScreenshotTour::finish);
  connect(window_->loginPage(), &LoginPage::loggedIn, this, [this](const QString&, const Json& who) {
    const std::string role = who.value("role", std::string());
    if (!started_ && (role == "data_lead" || role == "admin")) {
      started_ = true;
      QTimer::singleShot(kSettleMs, this, &ScreenshotTour::startLeadTour);
    }
  });
  // Never hang a script: give up after two minutes whatever happened.
  QTimer::singleShot(120000, this, &ScreenshotTour::finish);
}

void ScreenshotTour::save(const QString& name) {
  const QString path = QDir(directory_).filePath(name + QStringLiteral(".png"));
  if (window_->grab().save(path)) {
    ++shots_;
    std::fprintf(stderr, "concord: saved %s\n", qPrintable(path));
  }
}

void ScreenshotTour::onQueueLoaded() {
  save(QStringLiteral("01-queue"));
  AssignmentModel* model = window_->assignments();
  int row = 0;
  for (int i = 0; i < model->rowCount(); ++i) {
    if (model->rowAt(i).project == preferProject_) {
      row = i;
      break;
    }
  }
  window_->queuePage()->selectCase(model->rowAt(row).caseId);
  emit window_->queuePage()->openCase(model->rowAt(row).caseId);
}

void ScreenshotTour::onCaseLoaded() {
  save(QStringLiteral("02-case"));
  shootEditor(0);
}

void ScreenshotTour::shootEditor(int index) {
  CasePage* page = window_->casePage();
  const auto& editors = page->editors();
  if (index >= static_cast<int>(editors.size())) {
    page->toggleHelp();
    QTimer::singleShot(kSettleMs, this, [this] {
      save(QStringLiteral("99-help-overlay"));
      finish();
    });
    return;
  }
  page->setActiveField(index);
  QTimer::singleShot(kSettleMs, this, [this, index] {
    const auto* e = window_->casePage()->editors()[static_cast<std::size_t>(index)];
    save(QStringLiteral("%1-editor-%2").arg(index + 10).arg(QString::fromStdString(std::string(fieldKindName(e->spec().kind)))));
    shootEditor(index + 1);
  });
}

void ScreenshotTour::startLeadTour() {
  if (!window_->showLeadConsole()) return finish();
  // The figures need a bootstrap on the server and the manifest a finished export: generous waits.
  shootLeadPage(0, QStringLiteral("20-lead-agreement"), 4000, {}, [this] {
    shootLeadPage(1, QStringLiteral("21-lead-disagreement"), 3000, [this] {
      auto* table = window_->leadConsole()->findChild<QAbstractItemView*>(QStringLiteral("reviewQueueTable"));
      if (!table || !table->model() || table->model()->rowCount() == 0) return;
      table->setFocus();
      table->setCurrentIndex(table->model()->index(0, 0));
      QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
      QApplication::sendEvent(table, &enter);
    }, [this] {
      shootLeadPage(2, QStringLiteral("22-lead-export"), 6000, [this] {
        auto* start = window_->leadConsole()->findChild<QAbstractButton*>(QStringLiteral("exportStart"));
        if (start) start->click();
      }, [this] { shootLeadPage(3, QStringLiteral("23-lead-phi-review"), 1500, {}, [this] { finish(); }); });
    });
  });
}

void ScreenshotTour::shootLeadPage(int tab, const QString& name, int settleMs, std::function<void()> act,
                                   std::function<void()> then) {
  auto* tabs = window_->leadConsole()->findChild<QTabWidget*>(QStringLiteral("leadTabs"));
  if (!tabs) return finish();
  tabs->setCurrentIndex(tab);
  // Let the page load what it shows first, then act on it, then let the result arrive.
  QTimer::singleShot(1500, this, [this, name, settleMs, act = std::move(act), then = std::move(then)] {
    if (act) act();
    QTimer::singleShot(settleMs, this, [this, name, then] {
      save(name);
      then();
    });
  });
}

void ScreenshotTour::finish() {
  std::fprintf(stderr, "concord: screenshot tour saved %d image(s) in %s\n", shots_, qPrintable(directory_));
  QApplication::exit(shots_ > 0 ? 0 : 1);
}

}  // namespace concord::app
