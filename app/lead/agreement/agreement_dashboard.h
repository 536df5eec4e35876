#pragma once
// The data lead's agreement dashboard: for one field of the project, the statistic with its
// confidence interval, the warnings, the annotator-pair heatmap, the per-label chart and the
// breakdowns (against gold, against adjudications, per specialty), under the chosen filters.
// Every figure comes from GET /api/v1/projects/{slug}/agreement, asked asynchronously; a reply
// to an older question (filters changed meanwhile) is dropped.
#include <QWidget>
#include <optional>

#include "lead/agreement/agreement_view_model.h"
#include "lead/lead_project.h"

class QLabel;
class QListWidget;
class QTabWidget;
class QTimer;

namespace concord::app {

class AgreementFilters;
class ApiClient;
class BreakdownTable;
class LabelChart;
class PairHeatmap;

class AgreementDashboard : public QWidget {
  Q_OBJECT
 public:
  explicit AgreementDashboard(ApiClient* api, QWidget* parent = nullptr);
  /// The console chose another project: reload everything for it.
  void setProject(const LeadProject& project);

  /// Asks the server now with the current filters (F5, the Refresh button).
  void refresh();
  /// The figures on screen; nullopt while none are (loading the first time, or after an error).
  const std::optional<AgreementView>& view() const { return view_; }
  /// The path of the latest request (what the figures on screen answer, once it has returned).
  QString lastRequestPath() const { return lastPath_; }
  /// How long filter edits wait for a pause before asking (default 300 ms).
  void setSettleDelay(int ms);
  AgreementFilters* filters() const { return filters_; }

 signals:
  /// The latest request came back: figures shown (ok) or a message in the status line (not ok).
  void loadFinished(bool ok);

 private:
  void load(bool evenIfUnchanged);
  void display(const AgreementView& view);
  void showNothing(const QString& why);

  ApiClient* api_;
  LeadProject project_;
  AgreementFilters* filters_;
  QTimer* settle_;
  QLabel* status_;
  QLabel* headline_;
  QLabel* details_;
  QLabel* warningsTitle_;
  QListWidget* warnings_;
  PairHeatmap* heatmap_;
  LabelChart* chart_;
  QTabWidget* breakdowns_;
  BreakdownTable* vsGold_;
  BreakdownTable* vsAdjudicated_;
  BreakdownTable* perSpecialty_;
  std::optional<AgreementView> view_;
  QString lastPath_;
  quint64 generation_ = 0;  // bumped per request; a reply from an older one is ignored
};

}  // namespace concord::app
