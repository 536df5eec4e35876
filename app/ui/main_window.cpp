#include "ui/main_window.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

#include "model/assignment_model.h"
#include "net/api_client.h"
#include "offline/outbox.h"
#include "offline/sync_service.h"
#include "ui/case_page.h"
#include "ui/conflict_dialog.h"
#include "ui/sync_indicator.h"
#include "ui/login_page.h"
#include "ui/queue_page.h"

namespace concord::app {

namespace {
constexpr int kPageSize = 200;
}

MainWindow::MainWindow(const AppOptions& options, QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("Concord"));
  api_ = new ApiClient(this);
  outbox_ = new Outbox(options.outboxPath.isEmpty() ? Outbox::defaultPath() : options.outboxPath, this);
  sync_ = new SyncService(api_, outbox_, this);
  assignments_ = new AssignmentModel(this);

  pages_ = new QStackedWidget;
  login_ = new LoginPage(api_, options);
  queue_ = new QueuePage(assignments_);
  case_ = new CasePage(api_, sync_);
  pages_->addWidget(login_);
  pages_->addWidget(queue_);
  pages_->addWidget(case_);
  setCentralWidget(pages_);

  userLabel_ = new QLabel;
  activity_ = new QLabel;
  activity_->setObjectName(QStringLiteral("networkActivity"));
  statusBar()->addWidget(userLabel_);
  statusBar()->addPermanentWidget(activity_);
  indicator_ = new SyncIndicator(sync_);
  statusBar()->addPermanentWidget(indicator_);
  connect(indicator_, &SyncIndicator::resolveRequested, this, &MainWindow::resolve);
  connect(outbox_, &Outbox::storageFailed, this, [this](const QString&) {
    statusBar()->showMessage(tr("The offline queue file could not be opened: work cannot be kept while offline."));
  });
  connect(sync_, &SyncService::conflict, this, [this](const OutboxItem& item) {
    statusBar()->showMessage(tr("Case %1 needs your decision: %2").arg(item.caseLabel, item.message));
  });
  connect(sync_, &SyncService::skipped, this, [this](qint64 caseId) {
    assignments_->setCaseStatus(caseId, QStringLiteral("skipped"), QString());
  });
  connect(sync_, &SyncService::annotationSaved, this, [this](qint64 caseId, const QString& status, const QByteArray&) {
    const int row = assignments_->rowOfCase(caseId);
    if (row < 0) return;
    const auto& r = assignments_->rowAt(row);
    assignments_->setCaseStatus(caseId, status == QLatin1String("submitted") ? QStringLiteral("submitted") : r.status, status);
  });
  connect(api_, &ApiClient::pendingChanged, this, [this](int n) {
    activity_->setText(n > 0 ? tr("Talking to the server…") : QString());
  });
  connect(api_, &ApiClient::sessionExpired, this, [this] {
    case_->saveDraftIfModified();  // queued; sent after the next login
    pages_->setCurrentWidget(login_);
    updateLeadAccess();
    statusBar()->showMessage(tr("Your session has ended. Please log in again."));
  });

  connect(login_, &LoginPage::loggedIn, this, [this](const QString& user, const Json& who) {
    const std::string role = who.value("role", std::string());
    isLead_ = role == "data_lead" || role == "admin";
    onLoggedIn(user);
  });
  auto* view = menuBar()->addMenu(tr("&View"));
  queueAction_ = view->addAction(tr("My &queue"), this, &MainWindow::showQueue);
  queueAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
  leadAction_ = view->addAction(tr("Data &lead console"), this, [this] { showLeadConsole(); });
  leadAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
  updateLeadAccess();
  connect(queue_, &QueuePage::openCase, this, &MainWindow::openCase);
  connect(case_, &CasePage::submitted, this, &MainWindow::onSubmitted);
  connect(case_, &CasePage::backToQueue, this, &MainWindow::showQueue);
  connect(case_, &CasePage::skipped, this, [this](qint64 caseId) {
    assignments_->setCaseStatus(caseId, QStringLiteral("skipped"), QString());
    goToNextCase(caseId);
  });
  resize(1280, 800);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::currentPage() const { return pages_->currentWidget(); }

void MainWindow::setLeadConsole(QWidget* console) {
  leadConsole_ = console;
  pages_->addWidget(console);
  updateLeadAccess();
}

void MainWindow::updateLeadAccess() {
  // The server refuses clinicians anyway (403); hiding the entry keeps it out of their way.
  const bool allowed = isLead_ && leadConsole_ != nullptr && api_->loggedIn();
  leadAction_->setVisible(allowed);
  leadAction_->setEnabled(allowed);
  queueAction_->setEnabled(api_->loggedIn() && !isLead_);
}

bool MainWindow::showLeadConsole() {
  updateLeadAccess();
  if (!leadAction_->isEnabled()) return false;
  if (pages_->currentWidget() == case_) case_->saveDraftIfModified();
  pages_->setCurrentWidget(leadConsole_);
  return true;
}

void MainWindow::onLoggedIn(const QString& username) {
  updateLeadAccess();
  userLabel_->setText(tr("Logged in as %1").arg(username));
  if (isLead_ && leadConsole_) {
    // Data leads and admins have no queue of their own (the server keeps assignments for
    // clinicians): they start in the console.
    pages_->setCurrentWidget(leadConsole_);
    return;
  }
  pages_->setCurrentWidget(queue_);
  // The fetcher is set only now: views call fetchMore() as soon as they are shown.
  assignments_->setFetcher([this](const QString& cursor, auto done) {
    api_->listAssignments(cursor, kPageSize, this, [done](const ApiReply& reply) {
      if (!reply.ok) return done({}, {}, reply.error.message);
      std::vector<AssignmentRow> rows;
      for (const auto& item : reply.body.value("items", Json::array())) rows.push_back(AssignmentRow::fromJson(item));
      const Json next = reply.body.value("next_cursor", Json());
      done(std::move(rows), next.is_string() ? QString::fromStdString(next.get<std::string>()) : QString(), {});
    });
  });
  assignments_->reload();
  queue_->table()->setFocus();
  sync_->resume();  // anything queued while logged out or offline goes now
}

void MainWindow::resolve(const QString& key) {
  const OutboxItem* item = outbox_->find(key);
  if (!item) return;
  auto* dialog = new ConflictDialog(*item, api_, sync_, this);
  dialog->open();
}

void MainWindow::openCase(qint64 caseId) {
  pages_->setCurrentWidget(case_);
  case_->load(caseId);
}

void MainWindow::onSubmitted(qint64 caseId) {
  assignments_->setCaseStatus(caseId, QStringLiteral("submitted"), QStringLiteral("submitted"));
  goToNextCase(caseId);
}

void MainWindow::goToNextCase(qint64 caseId) {
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
  if (!api_->loggedIn() || isLead_) return;
  case_->saveDraftIfModified();
  queue_->selectCase(case_->caseId());
  pages_->setCurrentWidget(queue_);
  queue_->table()->setFocus();
}

}  // namespace concord::app
