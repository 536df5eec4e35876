#pragma once
// The data lead's Exports page: choose options, start an export on the server, follow the jobs
// started here (polled until they finish) and read a finished job's manifest, or save it.
#include <QByteArray>
#include <QWidget>
#include <map>
#include <optional>

#include "lead/exports/export_job.h"
#include "lead/exports/manifest_view.h"
#include "lead/lead_project.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace concord::app {

class ApiClient;
class ExportForm;
class ExportJobView;

class ExportPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ExportPanel(ApiClient* api, QWidget* parent = nullptr);
  /// The console chose another project: reload everything for it.
  void setProject(const LeadProject& project);

  /// Starts an export of the current project with the form's options (the Start button).
  void startExport();
  /// Writes the selected job's manifest, exactly as the server sent it, to `path`.
  bool saveManifestTo(const QString& path, QString* error) const;
  /// How often running jobs are asked for their progress (default 500 ms).
  void setPollInterval(int ms);

 private:
  struct Job {
    ExportJobStatus status;
    bool polling = false;          // a status request is in flight
    bool manifestAsked = false;    // the manifest was requested (once)
    QByteArray manifestBytes;      // as the server sent it, for saving
    std::optional<ManifestView> manifest;
    QString note;  // why the server could not be asked about this job, if it could not
  };

  void track(const ExportJobStatus& status);
  void poll();
  /// True while a job started here is still running and can be asked about.
  bool anyToWatch() const;
  void fetchManifest(qint64 id);
  void refresh(qint64 id);
  void showSelected();
  void chooseSaveFile();
  qint64 selectedId() const;

  ApiClient* api_;
  LeadProject project_;
  ExportForm* form_;
  QPushButton* start_;
  QLabel* message_;
  QListWidget* jobs_;
  ExportJobView* view_;
  QTimer* poll_;
  bool starting_ = false;
  std::map<qint64, Job> tracked_;
};

}  // namespace concord::app
