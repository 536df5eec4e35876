#include "lead/phi/phi_review_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "lead/phi/phi_case_view.h"
#include "lead/phi/phi_queue_model.h"

namespace concord::app {

namespace {
constexpr int kPageSize = 50;
}

PhiReviewPage::PhiReviewPage(ApiClient* api, QWidget* parent) : QWidget(parent), api_(api) {
  setObjectName(QStringLiteral("phiReviewPage"));
  model_ = new PhiQueueModel(this);
  table_ = new QTableView;
  table_->setObjectName(QStringLiteral("phiQueueTable"));
  table_->setModel(model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->horizontalHeader()->setStretchLastSection(true);
  // A page holds at most 50 cases: sizing to contents is cheap and keeps each row on one line.
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->verticalHeader()->setVisible(false);
  view_ = new PhiCaseView;
  sender_ = new PhiReviewSender(api_, this);

  reason_ = new QLineEdit;
  reason_->setObjectName(QStringLiteral("phiReason"));
  reason_->setPlaceholderText(tr("Why? (required, kept in the audit log)"));
  auto* reasonLabel = new QLabel(tr("Reaso&n:"));
  reasonLabel->setBuddy(reason_);
  falsePositive_ = actionButton(PhiAction::FalsePositive, tr("Not PHI (&false positive)"), "phiFalsePositive");
  redact_ = actionButton(PhiAction::Redact, tr("&Redact"), "phiRedact");
  // Alt+S ("surrogate"): Alt+R is taken by Redact.
  surrogate_ = actionButton(PhiAction::Surrogate, tr("Replace with fictional values (&surrogate)"), "phiSurrogate");
  hint_ = new QLabel;
  hint_->setObjectName(QStringLiteral("phiHint"));
  hint_->setWordWrap(true);
  hint_->setTextFormat(Qt::PlainText);
  status_ = new QLabel;
  status_->setObjectName(QStringLiteral("phiStatus"));
  status_->setWordWrap(true);
  status_->setTextFormat(Qt::PlainText);  // server messages are text, never markup

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(reasonLabel);
  buttons->addWidget(reason_, 1);
  buttons->addWidget(falsePositive_);
  buttons->addWidget(redact_);
  buttons->addWidget(surrogate_);
  auto* decision = new QWidget;
  auto* decisionLayout = new QVBoxLayout(decision);
  decisionLayout->setContentsMargins(0, 0, 0, 0);
  decisionLayout->addLayout(buttons);
  decisionLayout->addWidget(hint_);

  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(table_);
  split->addWidget(view_);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 4);
  split->setSizes({200, 700});  // a proportion: a few cases stay visible above the one under review
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(split, 1);
  layout->addWidget(decision);
  layout->addWidget(status_);

  auto* send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
  connect(send, &QShortcut::activated, this, &PhiReviewPage::confirm);
  auto* sendEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
  connect(sendEnter, &QShortcut::activated, this, &PhiReviewPage::confirm);

  connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) { showRow(current.row()); });
  connect(model_, &PhiQueueModel::loadFailed, this, [this](const QString& message) { setStatus(message, true); });
  connect(model_, &PhiQueueModel::loadingChanged, this, [this](bool loading) {
    if (loading) return;
    selectFirstIfNone();
    if (model_->rowCount() == 0 && model_->exhausted() && status_->text().isEmpty())
      setStatus(tr("No cases are waiting for PHI review in this project."));
  });
  connect(reason_, &QLineEdit::textChanged, this, &PhiReviewPage::updateButtons);
  connect(sender_, &PhiReviewSender::finished, this, &PhiReviewPage::finished);
  updateButtons();
}

QPushButton* PhiReviewPage::actionButton(PhiAction action, const QString& text, const char* objectName) {
  auto* button = new QPushButton(text);
  button->setObjectName(QLatin1String(objectName));
  button->setAutoDefault(false);
  connect(button, &QPushButton::clicked, this, [this, action] {
    // The first press says what will happen; pressing the same action again sends it.
    if (chosen_ == action) confirm();
    else choose(action);
  });
  return button;
}

void PhiReviewPage::setProject(const LeadProject& project) {
  project_ = project;
  chosen_.reset();
  view_->clear();
  reason_->clear();
  setStatus(QString());
  model_->setFetcher(phiQuarantineFetcher(api_, project.slug, kPageSize, model_));
  model_->reload();
  updateButtons();
}

void PhiReviewPage::choose(PhiAction action) {
  chosen_ = action;
  updateButtons();
}

void PhiReviewPage::confirm() {
  if (!chosen_ || !view_->hasCase() || sender_->busy() || !phiReasonBlocker(reason_->text()).isEmpty()) return;
  sentForProject_ = project_.slug;
  setStatus(tr("Sending the decision…"));
  sender_->send(view_->current().caseId, *chosen_, reason_->text().trimmed());
  updateButtons();
}

void PhiReviewPage::showRow(int row) {
  chosen_.reset();
  if (row < 0 || row >= model_->rowCount()) view_->clear();
  else view_->showCase(model_->caseAt(row));
  updateButtons();
}

void PhiReviewPage::finished(const PhiReviewOutcome& outcome) {
  if (sentForProject_ != project_.slug) return;  // the lead moved to another project meanwhile
  emit reviewFinished(outcome);
  switch (outcome.kind) {
    case PhiReviewOutcome::Kind::Reviewed: {
      reason_->clear();
      const int row = model_->removeCase(outcome.caseId);
      // The row that slid into the removed one's place is the next oldest case.
      const int next = qMin(qMax(row, 0), model_->rowCount() - 1);
      if (next >= 0) table_->selectRow(next);
      else showRow(-1);
      if (model_->rowCount() == 0 && model_->canFetchMore({})) model_->fetchMore({});
      if (next >= 0) setStatus(tr("Done: %n finding(s) closed. The next case is open.", nullptr, outcome.findingsClosed));
      else if (model_->exhausted()) setStatus(tr("Done: %n finding(s) closed. No cases are left to review.", nullptr, outcome.findingsClosed));
      else setStatus(tr("Done: %n finding(s) closed. Loading more cases…", nullptr, outcome.findingsClosed));
      break;
    }
    case PhiReviewOutcome::Kind::AlreadyReviewed:
      setStatus(outcome.message, true);
      view_->clear();
      chosen_.reset();
      model_->reload();  // the list as it is now; the first case opens when it arrives
      break;
    case PhiReviewOutcome::Kind::Invalid:
    case PhiReviewOutcome::Kind::Failed: setStatus(outcome.message, true); break;
  }
  updateButtons();
}

void PhiReviewPage::selectFirstIfNone() {
  if (!view_->hasCase() && model_->rowCount() > 0) table_->selectRow(0);
}

void PhiReviewPage::updateButtons() {
  QString why;
  if (!view_->hasCase()) why = tr("Choose a case to review.");
  else if (sender_->busy()) why = tr("Sending the decision…");
  else why = phiReasonBlocker(reason_->text());
  const std::pair<QPushButton*, PhiAction> buttons[] = {
      {falsePositive_, PhiAction::FalsePositive}, {redact_, PhiAction::Redact}, {surrogate_, PhiAction::Surrogate}};
  for (const auto& [button, action] : buttons) {
    button->setEnabled(why.isEmpty());
    button->setToolTip(why);
    // The chosen action stands out: it is the one Ctrl+Return will send.
    QFont font = button->font();
    font.setBold(chosen_ == action);
    button->setFont(font);
  }
  if (!why.isEmpty()) hint_->setText(why);
  else if (chosen_) hint_->setText(tr("%1 Press Ctrl+Return or the same button again to confirm.").arg(phiActionConsequence(*chosen_)));
  else hint_->setText(tr("Choose what to do with this case's findings."));
}

void PhiReviewPage::setStatus(const QString& text, bool error) {
  status_->setText(text);
  status_->setStyleSheet(error ? QStringLiteral("color: #a00;") : QString());
}

}  // namespace concord::app
