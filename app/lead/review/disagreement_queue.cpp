#include "lead/review/disagreement_queue.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include "lead/review/review_case.h"
#include "lead/review/review_case_view.h"
#include "lead/review/review_queue_model.h"
#include "net/api_client.h"

namespace concord::app {

namespace {
constexpr int kPageSize = 50;
}

DisagreementQueue::DisagreementQueue(ApiClient* api, QWidget* parent) : QWidget(parent), api_(api) {
  setObjectName(QStringLiteral("disagreementQueue"));
  model_ = new ReviewQueueModel(this);
  table_ = new QTableView;
  table_->setObjectName(QStringLiteral("reviewQueueTable"));
  table_->setModel(model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->setVisible(false);
  view_ = new ReviewCaseView(api_);
  sender_ = new AdjudicationSender(api_, this);
  status_ = new QLabel;
  status_->setObjectName(QStringLiteral("reviewStatus"));
  status_->setWordWrap(true);
  status_->setTextFormat(Qt::PlainText);  // server messages are text, never markup

  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(table_);
  split->addWidget(view_);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 4);
  split->setSizes({200, 700});  // a proportion: a few queue rows stay visible above the case
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(split, 1);
  layout->addWidget(status_);

  connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
    openCase(index.data(ReviewQueueModel::CaseIdRole).toLongLong());
  });
  connect(model_, &ReviewQueueModel::loadFailed, this, [this](const QString& message) { setStatus(message, true); });
  connect(model_, &ReviewQueueModel::loadingChanged, this, [this](bool loading) {
    if (loading) setStatus(tr("Loading the queue…"));
    else if (model_->rowCount() == 0 && model_->exhausted()) setStatus(tr("No disagreements to adjudicate in this project."));
    else if (!loadingCase_) setStatus(QString());
  });
  connect(view_, &ReviewCaseView::message, this, [this](const QString& text) { setStatus(text, true); });
  connect(view_, &ReviewCaseView::adjudicateRequested, this, &DisagreementQueue::adjudicate);
  connect(sender_, &AdjudicationSender::finished, this, &DisagreementQueue::finished);
}

void DisagreementQueue::setProject(const LeadProject& project) {
  project_ = project;
  ++caseRequest_;
  openCaseId_ = 0;
  loadingCase_ = false;
  view_->clear();
  QHash<QString, QString> labels;
  for (const auto& f : project.schema.value("fields", Json::array())) {
    if (!f.is_object()) continue;
    const QString id = QString::fromStdString(f.value("id", std::string()));
    const QString label = QString::fromStdString(f.value("label", std::string()));
    labels.insert(id, label.isEmpty() ? id : label);
  }
  model_->setFieldLabels(labels);
  model_->setFetcher(reviewQueueFetcher(api_, project.slug, kPageSize, model_));
  model_->reload();
}

void DisagreementQueue::openCase(qint64 caseId) {
  if (caseId <= 0 || project_.slug.isEmpty()) return;
  const int request = ++caseRequest_;
  openCaseId_ = caseId;
  loadingCase_ = true;
  if (!keepStatus_) setStatus(tr("Opening the case…"));
  const QString path = QStringLiteral("/api/v1/projects/%1/cases/%2/annotations")
                           .arg(QString::fromUtf8(QUrl::toPercentEncoding(project_.slug)))
                           .arg(caseId);
  api_->getJson(path, this, [this, request, caseId](const ApiReply& reply) {
    if (request != caseRequest_) return;  // the lead opened another case meanwhile
    loadingCase_ = false;
    if (!reply.ok) {
      keepStatus_ = false;
      setStatus(reply.error.message, true);
      return;
    }
    const bool fromQueue = table_->hasFocus();
    view_->showCase(ReviewCase::fromJson(reply.body, reply.etag));
    if (fromQueue) view_->focusComparison();  // Enter in the queue: go straight to deciding
    const int row = model_->rowOfCase(caseId);
    if (row >= 0) table_->selectRow(row);
    if (!keepStatus_) setStatus(QString());
    keepStatus_ = false;
    emit caseOpened(caseId);
  });
}

void DisagreementQueue::adjudicate() {
  if (!view_->hasCase() || sender_->busy()) return;
  view_->setBusy(true);
  setStatus(tr("Saving the adjudication…"));
  const ReviewCase& c = view_->current();
  sentForProject_ = project_.slug;
  sender_->send(project_.slug, c.id, view_->finalAnswer()->payload(), view_->rationale(), c.etag);
}

void DisagreementQueue::finished(const AdjudicationOutcome& outcome) {
  view_->setBusy(false);
  if (sentForProject_ != project_.slug) return;  // the lead moved to another project meanwhile
  switch (outcome.kind) {
    case AdjudicationOutcome::Kind::Saved: {
      setStatus(tr("Adjudicated. The next case is open."));
      keepStatus_ = true;
      openNextAfter(model_->removeCase(outcome.caseId));
      break;
    }
    case AdjudicationOutcome::Kind::Stale:
      setStatus(outcome.message, true);
      keepStatus_ = true;
      openCase(outcome.caseId);  // show the other lead's answer
      break;
    case AdjudicationOutcome::Kind::Invalid:
    case AdjudicationOutcome::Kind::Failed: setStatus(outcome.message, true); break;
  }
}

void DisagreementQueue::openNextAfter(int removedRow) {
  // The row that slid into the removed one's place is the next oldest case.
  const int next = removedRow < 0 ? 0 : removedRow;
  if (next < model_->rowCount()) {
    openCase(model_->rowAt(next).caseId);
    return;
  }
  if (model_->rowCount() > 0) {
    openCase(model_->rowAt(model_->rowCount() - 1).caseId);
    return;
  }
  ++caseRequest_;
  openCaseId_ = 0;
  keepStatus_ = false;
  view_->clear();
  if (model_->canFetchMore({})) model_->fetchMore({});
  setStatus(model_->exhausted() ? tr("Adjudicated. No disagreements are left in this project.") : tr("Adjudicated."));
}

void DisagreementQueue::setStatus(const QString& text, bool error) {
  status_->setText(text);
  status_->setStyleSheet(error ? QStringLiteral("color: #a00;") : QString());
}

}  // namespace concord::app
