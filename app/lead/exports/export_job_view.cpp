#include "lead/exports/export_job_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace concord::app {
namespace {

QTableWidgetItem* numberItem(qint64 n) {
  auto* item = new QTableWidgetItem;
  item->setData(Qt::DisplayRole, QVariant::fromValue<qlonglong>(n));
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

}  // namespace

ExportJobView::ExportJobView(QWidget* parent) : QWidget(parent) {
  status_ = new QLabel;
  status_->setObjectName(QStringLiteral("exportStatus"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  progress_ = new QProgressBar;
  progress_->setObjectName(QStringLiteral("exportProgress"));
  counts_ = new QLabel;
  counts_->setObjectName(QStringLiteral("exportCounts"));
  location_ = new QLabel;
  location_->setObjectName(QStringLiteral("exportLocation"));
  location_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  summary_ = new QLabel;
  summary_->setObjectName(QStringLiteral("exportManifestSummary"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  shards_ = new QTableWidget(0, 4);
  shards_->setObjectName(QStringLiteral("exportManifestShards"));
  shards_->setHorizontalHeaderLabels({tr("File"), tr("Records"), tr("Bytes"), tr("SHA-256")});
  shards_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  shards_->setSelectionBehavior(QAbstractItemView::SelectRows);
  shards_->verticalHeader()->hide();
  shards_->horizontalHeader()->setStretchLastSection(true);
  save_ = new QPushButton(tr("Sa&ve manifest…"));
  save_->setObjectName(QStringLiteral("exportSaveManifest"));

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(status_);
  layout->addWidget(progress_);
  layout->addWidget(counts_);
  layout->addWidget(location_);
  layout->addWidget(summary_);
  layout->addWidget(shards_, 1);
  layout->addWidget(save_, 0, Qt::AlignLeft);
  connect(save_, &QPushButton::clicked, this, &ExportJobView::saveManifestRequested);
  clear();
}

void ExportJobView::clear() {
  status_->setText(tr("Start an export, or choose one from the list."));
  progress_->setVisible(true);
  counts_->setVisible(true);
  progress_->setRange(0, 1);
  progress_->setValue(0);
  counts_->clear();
  location_->clear();
  showManifest(nullptr);
}

void ExportJobView::display(const ExportJobStatus& job, const ManifestView* manifest, const QString& note) {
  if (!note.isEmpty()) {
    status_->setText(note);
  } else if (job.running()) {
    status_->setText(tr("Export #%1 is running…").arg(job.id));
  } else if (job.succeeded()) {
    status_->setText(manifest ? tr("Export #%1 is done.").arg(job.id)
                              : tr("Export #%1 is done; fetching its manifest…").arg(job.id));
  } else if (job.failed()) {
    status_->setText(failureText(job));
  } else {
    status_->setText(tr("Export #%1: waiting for the server…").arg(job.id));
  }
  // A failed export published nothing: its partial counts would only distract from the reason.
  progress_->setVisible(!job.failed());
  counts_->setVisible(!job.failed());
  // Until the server has counted the cases, the bar is busy rather than at 0 %.
  if (job.succeeded()) {
    progress_->setRange(0, 1);
    progress_->setValue(1);
  } else if (job.casesTotal > 0) {
    progress_->setRange(0, static_cast<int>(job.casesTotal));
    progress_->setValue(static_cast<int>(job.casesRead));
  } else {
    progress_->setRange(0, job.running() ? 0 : 1);
    progress_->setValue(0);
  }
  counts_->setText(progressText(job));
  // Only a succeeded export leaves files; a failed one publishes nothing.
  if (!job.succeeded()) {
    location_->clear();
  } else if (job.outputDir.isEmpty()) {
    location_->setText(tr("Files on the server: exports/%1 in the server's state directory").arg(job.id));
  } else {
    location_->setText(tr("Files on the server: %1").arg(job.outputDir));
  }
  showManifest(job.succeeded() ? manifest : nullptr);
}

void ExportJobView::showManifest(const ManifestView* manifest) {
  save_->setEnabled(manifest != nullptr);
  summary_->setVisible(manifest != nullptr);
  shards_->setRowCount(0);
  if (!manifest) {
    summary_->clear();
    return;
  }
  summary_->setText(manifest->summaryText());
  shards_->setRowCount(static_cast<int>(manifest->shards.size()));
  for (int row = 0; row < manifest->shards.size(); ++row) {
    const ManifestShard& s = manifest->shards[row];
    shards_->setItem(row, 0, new QTableWidgetItem(s.path));
    shards_->setItem(row, 1, numberItem(s.records));
    shards_->setItem(row, 2, numberItem(s.bytes));
    auto* hash = new QTableWidgetItem(s.sha256);
    hash->setFont(QFont(QStringLiteral("monospace")));
    shards_->setItem(row, 3, hash);
  }
  shards_->resizeColumnToContents(0);
}

}  // namespace concord::app
