#pragma once
// The data lead's disagreement page: the queue of cases whose annotators disagree (oldest first)
// above the case under review. Enter on a queue row opens it; a saved adjudication takes the case
// out of the queue and opens the next one. The work is in ReviewQueueModel, ReviewCaseView and
// AdjudicationSender; this page only wires them to the server.
#include <QWidget>

#include "lead/lead_project.h"
#include "lead/review/adjudication_sender.h"

class QLabel;
class QTableView;

namespace concord::app {

class ApiClient;
class ReviewCaseView;
class ReviewQueueModel;

class DisagreementQueue : public QWidget {
  Q_OBJECT
 public:
  explicit DisagreementQueue(ApiClient* api, QWidget* parent = nullptr);
  /// The console chose another project: reload everything for it.
  void setProject(const LeadProject& project);

  ReviewQueueModel* queue() const { return model_; }
  ReviewCaseView* caseView() const { return view_; }
  /// Loads case `caseId` into the case view (replies for an earlier request are dropped).
  void openCase(qint64 caseId);
  /// The case whose reply is awaited or shown (0 = none).
  qint64 openCaseId() const { return openCaseId_; }
  /// True while a case is being fetched.
  bool loadingCase() const { return loadingCase_; }

 signals:
  /// A case finished loading into the case view.
  void caseOpened(qint64 caseId);

 private:
  void adjudicate();
  void finished(const AdjudicationOutcome& outcome);
  void openNextAfter(int removedRow);
  void setStatus(const QString& text, bool error = false);

  ApiClient* api_;
  LeadProject project_;
  ReviewQueueModel* model_;
  QTableView* table_;
  ReviewCaseView* view_;
  AdjudicationSender* sender_;
  QLabel* status_;
  qint64 openCaseId_ = 0;
  bool loadingCase_ = false;
  // The status explains the case being opened (saved, or reloaded after a conflict): keep it.
  bool keepStatus_ = false;
  QString sentForProject_;  // the project of the adjudication in flight
  int caseRequest_ = 0;  // bumped per request so a late reply for another case is dropped
};

}  // namespace concord::app
