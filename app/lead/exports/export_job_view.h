#pragma once
// One export job as the panel shows it: status and progress while it runs, what went wrong when
// it failed, and its manifest (summary and shards) once it succeeded. It only draws what it is
// given; the panel fetches.
#include <QWidget>

#include "lead/exports/export_job.h"
#include "lead/exports/manifest_view.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace concord::app {

class ExportJobView : public QWidget {
  Q_OBJECT
 public:
  explicit ExportJobView(QWidget* parent = nullptr);
  /// Draws `job`; `manifest` is null until the manifest has arrived. A non-empty `note` (the
  /// server could not be asked) stands in for the status line.
  void display(const ExportJobStatus& job, const ManifestView* manifest, const QString& note = {});
  void clear();

 signals:
  void saveManifestRequested();

 private:
  void showManifest(const ManifestView* manifest);

  QLabel* status_;
  QProgressBar* progress_;
  QLabel* counts_;
  QLabel* location_;
  QLabel* summary_;
  QTableWidget* shards_;
  QPushButton* save_;
};

}  // namespace concord::app
