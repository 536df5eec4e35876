#include "lead/exports/export_panel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include "lead/exports/export_form.h"
#include "lead/exports/export_job_view.h"
#include "lead/exports/manifest_file.h"
#include "net/api_client.h"

namespace concord::app {

ExportPanel::ExportPanel(ApiClient* api, QWidget* parent) : QWidget(parent), api_(api) {
  setObjectName(QStringLiteral("exportPanel"));
  form_ = new ExportForm;
  start_ = new QPushButton(tr("&Start export"));
  start_->setObjectName(QStringLiteral("exportStart"));
  start_->setToolTip(tr("Start the export on the server (Ctrl+Return)"));
  start_->setEnabled(false);
  message_ = new QLabel;
  message_->setObjectName(QStringLiteral("exportMessage"));
  message_->setWordWrap(true);
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  jobs_ = new QListWidget;
  jobs_->setObjectName(QStringLiteral("exportJobs"));
  view_ = new ExportJobView;
  poll_ = new QTimer(this);
  poll_->setInterval(500);

  auto* left = new QVBoxLayout;
  left->addWidget(form_);
  left->addWidget(start_, 0, Qt::AlignLeft);
  left->addWidget(message_);
  left->addWidget(new QLabel(tr("Exports started in this session:")));
  left->addWidget(jobs_, 1);
  auto* layout = new QHBoxLayout(this);
  layout->addLayout(left, 2);
  layout->addWidget(view_, 3);

  for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ExportPanel::startExport);
  }
  connect(start_, &QPushButton::clicked, this, &ExportPanel::startExport);
  connect(poll_, &QTimer::timeout, this, &ExportPanel::poll);
  connect(jobs_, &QListWidget::currentRowChanged, this, &ExportPanel::showSelected);
  connect(view_, &ExportJobView::saveManifestRequested, this, &ExportPanel::chooseSaveFile);
}

void ExportPanel::setProject(const LeadProject& project) {
  project_ = project;
  form_->setSchema(project.schema);
  message_->clear();
  start_->setEnabled(!project_.slug.isEmpty() && !starting_);
}

void ExportPanel::setPollInterval(int ms) { poll_->setInterval(ms); }

void ExportPanel::startExport() {
  if (starting_ || project_.slug.isEmpty()) return;
  starting_ = true;
  start_->setEnabled(false);
  message_->setText(tr("Starting the export…"));
  const QString path = QStringLiteral("/api/v1/projects/%1/exports")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(project_.slug)));
  const QByteArray body = QByteArray::fromStdString(form_->request().toJson().dump());
  api_->postJson(path, body, this, [this](const ApiReply& reply) {
    starting_ = false;
    start_->setEnabled(!project_.slug.isEmpty());
    if (!reply.ok) {
      message_->setText(startRefusalText(reply.error));
      return;
    }
    message_->clear();
    track(ExportJobStatus::fromJson(reply.body));
  });
}

void ExportPanel::track(const ExportJobStatus& status) {
  tracked_[status.id].status = status;
  auto* item = new QListWidgetItem(jobListText(status));
  item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(status.id));
  jobs_->insertItem(0, item);
  jobs_->setCurrentItem(item);
  if (status.running() && !poll_->isActive()) poll_->start();
  if (status.succeeded()) fetchManifest(status.id);
}

bool ExportPanel::anyToWatch() const {
  for (const auto& [id, job] : tracked_) {
    if (job.status.running() && job.note.isEmpty()) return true;
  }
  return false;
}

void ExportPanel::poll() {
  if (!anyToWatch()) {
    poll_->stop();
    return;
  }
  for (auto& [id, job] : tracked_) {
    if (!job.status.running() || !job.note.isEmpty() || job.polling) continue;
    job.polling = true;
    api_->getJson(QStringLiteral("/api/v1/exports/%1").arg(id), this, [this, id = id](const ApiReply& reply) {
      Job& polled = tracked_[id];
      polled.polling = false;
      if (!reply.ok) {
        // A passing network problem is retried on the next tick; anything else ends the watch.
        if (!reply.error.retryable()) polled.note = lookupFailureText(reply.error);
        if (!anyToWatch()) poll_->stop();
        refresh(id);
        return;
      }
      polled.status = ExportJobStatus::fromJson(reply.body);
      if (polled.status.succeeded()) fetchManifest(id);
      if (!anyToWatch()) poll_->stop();
      refresh(id);
    });
  }
}

void ExportPanel::fetchManifest(qint64 id) {
  Job& job = tracked_[id];
  if (job.manifestAsked) return;
  job.manifestAsked = true;
  api_->getJson(job.status.manifestPath, this, [this, id](const ApiReply& reply) {
    Job& fetched = tracked_[id];
    if (!reply.ok || !reply.body.is_object()) {
      fetched.note = tr("The export is done, but its manifest could not be fetched: %1").arg(lookupFailureText(reply.error));
    } else {
      fetched.manifestBytes = reply.raw;
      fetched.manifest = ManifestView::fromJson(reply.body);
    }
    refresh(id);
  });
}

void ExportPanel::refresh(qint64 id) {
  for (int row = 0; row < jobs_->count(); ++row) {
    QListWidgetItem* item = jobs_->item(row);
    if (item->data(Qt::UserRole).toLongLong() == id) item->setText(jobListText(tracked_[id].status));
  }
  if (id == selectedId()) showSelected();
}

qint64 ExportPanel::selectedId() const {
  const QListWidgetItem* item = jobs_->currentItem();
  return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ExportPanel::showSelected() {
  auto it = tracked_.find(selectedId());
  if (it == tracked_.end()) {
    view_->clear();
    return;
  }
  const Job& job = it->second;
  view_->display(job.status, job.manifest ? &*job.manifest : nullptr, job.note);
}

bool ExportPanel::saveManifestTo(const QString& path, QString* error) const {
  auto it = tracked_.find(selectedId());
  if (it == tracked_.end() || it->second.manifestBytes.isEmpty()) {
    if (error) *error = tr("Choose a finished export first.");
    return false;
  }
  return saveManifestFile(path, it->second.manifestBytes, error);
}

void ExportPanel::chooseSaveFile() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save manifest"),
                                                    QStringLiteral("manifest-export-%1.json").arg(selectedId()),
                                                    tr("JSON files (*.json)"));
  if (path.isEmpty()) return;
  QString error;
  message_->setText(saveManifestTo(path, &error) ? tr("Manifest saved to %1.").arg(path) : error);
}

}  // namespace concord::app
