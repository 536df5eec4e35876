#pragma once
// The data lead's console: pick a project, then four pages on it: the agreement dashboard, the
// disagreement queue (adjudication), exports, and the review of cases quarantined for PHI. It only wires the pages to the chosen project;
// each page talks to the server itself, asynchronously.
#include <QWidget>
#include <vector>

#include "lead/lead_project.h"

class QComboBox;
class QLabel;
class QTabWidget;

namespace concord::app {

class AgreementDashboard;
class ApiClient;
class DisagreementQueue;
class ExportPanel;
class PhiReviewPage;

class LeadConsole : public QWidget {
  Q_OBJECT
 public:
  explicit LeadConsole(ApiClient* api, QWidget* parent = nullptr);

  /// Loads (again) the list of projects; the first one is chosen unless one was already.
  void reloadProjects();
  const LeadProject* currentProject() const;
  QComboBox* projectPicker() const { return picker_; }
  QTabWidget* tabs() const { return tabs_; }
  AgreementDashboard* agreement() const { return agreement_; }
  DisagreementQueue* disagreements() const { return disagreements_; }
  ExportPanel* exports() const { return exports_; }
  PhiReviewPage* phiReview() const { return phiReview_; }

 signals:
  void projectChanged(const QString& slug);

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void choose(int index);

  ApiClient* api_;
  QComboBox* picker_;
  QLabel* status_;
  QTabWidget* tabs_;
  AgreementDashboard* agreement_;
  DisagreementQueue* disagreements_;
  ExportPanel* exports_;
  PhiReviewPage* phiReview_;
  std::vector<LeadProject> projects_;
  bool loadedOnce_ = false;
};

}  // namespace concord::app
