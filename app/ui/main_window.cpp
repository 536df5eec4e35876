#include "ui/main_window.h"

#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

#include "model/assignment_model.h"
#include "net/api_client.h"
#include "ui/case_page.h"
#include "ui/login_page.h"
#include "ui/queue_page.h"

namespace concord::app {

namespace {
constexpr int kPageSize = 200;
}

MainWindow::MainWindow(const AppOptions& options, QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("Concord"));
  api_ = new ApiClient(this);
  assignments_ = new AssignmentModel(this);
  assignments_->setFetcher([this](const QString& cursor, auto done) {
    api_->listAssignments(cursor, kPageSize, this, [done](const ApiReply& reply) {
      if (!reply.ok) return done({}, {}, reply.error.message);
      std::vector<AssignmentRow> rows;
      for (const auto& item : reply.body.value("items", Json::array())) rows.push_back(AssignmentRow::fromJson(item));
      const Json next = reply.body.value("next_cursor", Json());
      done(std::move(rows), next.is_string() ? QString::fromStdString(next.get<std::string>()) : QString(), {});
    });
  });

  pages_ = new QStackedWidget;
  login_ = new LoginPage(api_, options);
  queue_ = new QueuePage(assignments_);
  case_ = new CasePage(api_);
  pages_->addWidget(login_);
  pages_->addWidget(queue_);
  pages_->addWidget(case_);
  setCentralWidget(pages_);

  userLabel_ = new QLabel;
  activity_ = new QLabel;
  activity_->setObjectName(QStringLiteral("networkActivity"));
  statusBar()->addWidget(userLabel_);
  statusBar()->addPermanentWidget(activity_);
  connect(api_, &ApiClient::pendingChanged, this, [this](int n) {
    activity_->setText(n > 0 ? tr("Talking to the server…") : QString());
  });
  connect(api_, &ApiClient::sessionExpired, this, [this] {
    pages_->setCurrentWidget(login_);
    statusBar()->showMessage(tr("Your session has ended. Please log in again."));
  });

  connect(login_, &LoginPage::loggedIn, this, [this](const QString& user, const Json&) { onLoggedIn(user); });
  connect(queue_, &QueuePage::openCase, this, &MainWindow::openCase);
  connect(case_, &CasePage::submitted, this, &MainWindow::onSubmitted);
  connect(case_, &CasePage::backToQueue, this, &MainWindow::showQueue);
  resize(1280, 800);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::currentPage() const { return pages_->currentWidget(); }

void MainWindow::onLoggedIn(const QString& username) {
  userLabel_->setText(tr("Logged in as %1").arg(username));
  pages_->setCurrentWidget(queue_);
  assignments_->reload();
  queue_->table()->setFocus();
}

void MainWindow::openCase(qint64 caseId) {
  pages_->setCurrentWidget(case_);
  case_->load(caseId);
}

void MainWindow::onSubmitted(qint64 caseId) {
  assignments_->setCaseStatus(caseId, QStringLiteral("submitted"), QStringLiteral("submitted"));
  // Straight on to the next case still to do, so a clinician can work through the queue
  // without going back to the table.
  const qint64 next = queue_->nextCaseAfter(caseId);
  if (next != 0) {
    queue_->selectCase(next);
    openCase(next);
  } else {
    showQueue();
    queue_->showMessage(tr("All loaded cases are done. Thank you!"));
  }
}

void MainWindow::showQueue() {
  queue_->selectCase(case_->caseId());
  pages_->setCurrentWidget(queue_);
  queue_->table()->setFocus();
}

}  // namespace concord::app
