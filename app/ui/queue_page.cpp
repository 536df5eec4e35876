#include "ui/queue_page.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "model/assignment_model.h"
#include "model/queue_filter_model.h"

namespace concord::app {

QueuePage::QueuePage(AssignmentModel* model, QWidget* parent) : QWidget(parent), model_(model) {
  setObjectName(QStringLiteral("queuePage"));
  filter_ = new QueueFilterModel(this);
  filter_->setSourceModel(model_);

  search_ = new QLineEdit;
  search_->setObjectName(QStringLiteral("queueSearch"));
  search_->setPlaceholderText(tr("Filter by case, project or specialty"));
  search_->setClearButtonEnabled(true);
  status_ = new QComboBox;
  status_->setObjectName(QStringLiteral("queueStatus"));
  status_->addItem(tr("All cases"), static_cast<int>(QueueFilterModel::Status::All));
  status_->addItem(tr("To do"), static_cast<int>(QueueFilterModel::Status::ToDo));
  status_->addItem(tr("Drafts"), static_cast<int>(QueueFilterModel::Status::Draft));
  status_->addItem(tr("Submitted"), static_cast<int>(QueueFilterModel::Status::Submitted));
  status_->addItem(tr("Skipped"), static_cast<int>(QueueFilterModel::Status::Skipped));
  auto* refresh = new QPushButton(tr("Refresh"));
  auto* open = new QPushButton(tr("Open case"));
  open->setObjectName(QStringLiteral("openCase"));

  table_ = new QTableView;
  table_->setObjectName(QStringLiteral("queueTable"));
  table_->setModel(filter_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAlternatingRowColors(true);
  table_->verticalHeader()->setVisible(false);
  // Fixed row heights and no per-row size hints keep 100,000 rows cheap to lay out and scroll.
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setColumnWidth(AssignmentModel::CaseColumn, 180);
  table_->setColumnWidth(AssignmentModel::ProjectColumn, 180);
  table_->setColumnWidth(AssignmentModel::SpecialtyColumn, 140);
  table_->setColumnWidth(AssignmentModel::StatusColumn, 120);
  table_->installEventFilter(this);

  message_ = new QLabel;
  message_->setObjectName(QStringLiteral("queueMessage"));
  message_->setWordWrap(true);

  auto* top = new QHBoxLayout;
  top->addWidget(search_, 1);
  top->addWidget(status_);
  top->addWidget(refresh);
  top->addWidget(open);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(message_);
  layout->addWidget(table_, 1);

  connect(search_, &QLineEdit::textChanged, filter_, &QueueFilterModel::setTextFilter);
  connect(status_, &QComboBox::currentIndexChanged, this, [this](int) {
    filter_->setStatusFilter(static_cast<QueueFilterModel::Status>(status_->currentData().toInt()));
  });
  connect(refresh, &QPushButton::clicked, model_, &AssignmentModel::reload);
  connect(open, &QPushButton::clicked, this, &QueuePage::openCurrent);
  connect(table_, &QTableView::activated, this, &QueuePage::openCurrent);
  connect(model_, &AssignmentModel::loadFailed, this, &QueuePage::showMessage);
  connect(model_, &AssignmentModel::loadingChanged, this, [this](bool loading) {
    if (loading) showMessage(tr("Loading cases…"));
    else if (message_->text() == tr("Loading cases…")) showMessage({});
    if (!loading && !table_->currentIndex().isValid() && filter_->rowCount() > 0) table_->selectRow(0);
  });
}

void QueuePage::showMessage(const QString& text) {
  message_->setText(text);
  message_->setVisible(!text.isEmpty());
}

bool QueuePage::eventFilter(QObject* watched, QEvent* event) {
  // Enter opens the case; QTableView's own handling would start an edit or do nothing.
  if (watched == table_ && event->type() == QEvent::KeyPress) {
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
      openCurrent();
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

void QueuePage::openCurrent() {
  QModelIndex index = table_->currentIndex();
  if (!index.isValid()) return;
  emit openCase(index.data(AssignmentModel::CaseIdRole).toLongLong());
}

qint64 QueuePage::nextCaseAfter(qint64 caseId) const {
  const int rows = filter_->rowCount();
  int start = 0;
  for (int i = 0; i < rows; ++i) {
    if (filter_->index(i, 0).data(AssignmentModel::CaseIdRole).toLongLong() == caseId) {
      start = i + 1;
      break;
    }
  }
  for (int k = 0; k < rows; ++k) {
    QModelIndex index = filter_->index((start + k) % rows, 0);
    const qint64 id = index.data(AssignmentModel::CaseIdRole).toLongLong();
    if (id != caseId && index.data(AssignmentModel::StatusRole).toString() == QLatin1String("assigned")) return id;
  }
  return 0;
}

void QueuePage::selectCase(qint64 caseId) {
  const int source = model_->rowOfCase(caseId);
  if (source < 0) return;
  QModelIndex index = filter_->mapFromSource(model_->index(source, 0));
  if (index.isValid()) {
    table_->setCurrentIndex(index);
    table_->scrollTo(index);
  }
}

}  // namespace concord::app
