#pragma once
// The data lead's PHI review page: the cases quarantined for possible PHI (oldest first) above
// the case under review and the decision. A decision needs a reason; choosing one (a button or
// its Alt key) first says in plain words what it will do, and the same button again or
// Ctrl+Return sends it. A reviewed case leaves the list and the next one opens. The work is in
// PhiQueueModel, PhiCaseView and PhiReviewSender; this page only wires them together.
#include <QWidget>
#include <optional>

#include "lead/lead_project.h"
#include "lead/phi/phi_review_sender.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace concord::app {

class ApiClient;
class PhiCaseView;
class PhiQueueModel;

class PhiReviewPage : public QWidget {
  Q_OBJECT
 public:
  explicit PhiReviewPage(ApiClient* api, QWidget* parent = nullptr);
  /// The console chose another project: reload everything for it.
  void setProject(const LeadProject& project);

  PhiQueueModel* queue() const { return model_; }
  PhiCaseView* caseView() const { return view_; }
  /// The action chosen and waiting for confirmation, if any.
  std::optional<PhiAction> chosenAction() const { return chosen_; }

 signals:
  /// A decision was answered by the server (whatever the outcome).
  void reviewFinished(const PhiReviewOutcome& outcome);

 private:
  QPushButton* actionButton(PhiAction action, const QString& text, const char* objectName);
  void choose(PhiAction action);
  void confirm();
  void showRow(int row);
  void finished(const PhiReviewOutcome& outcome);
  void selectFirstIfNone();
  void updateButtons();
  void setStatus(const QString& text, bool error = false);

  ApiClient* api_;
  LeadProject project_;
  PhiQueueModel* model_;
  QTableView* table_;
  PhiCaseView* view_;
  PhiReviewSender* sender_;
  QLineEdit* reason_;
  QPushButton* falsePositive_;
  QPushButton* redact_;
  QPushButton* surrogate_;
  QLabel* hint_;     // why the buttons are disabled, or what the chosen action will do
  QLabel* status_;   // outcomes and errors
  std::optional<PhiAction> chosen_;
  QString sentForProject_;  // the project of the decision in flight
};

}  // namespace concord::app
