#include "ui/screenshot_tour.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTimer>
#include <cstdio>

#include "editors/field_editor.h"
#include "model/assignment_model.h"
#include "ui/case_page.h"
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

void ScreenshotTour::finish() {
  std::fprintf(stderr, "concord: screenshot tour saved %d image(s) in %s\n", shots_, qPrintable(directory_));
  QApplication::exit(shots_ > 0 ? 0 : 1);
}

}  // namespace concord::app
