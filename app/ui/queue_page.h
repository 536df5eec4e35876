#pragma once
// The clinician's queue of assigned cases: a table with filters; Enter or double-click opens one.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace concord::app {

class AssignmentModel;
class QueueFilterModel;

class QueuePage : public QWidget {
  Q_OBJECT
 public:
  QueuePage(AssignmentModel* model, QWidget* parent = nullptr);
  QTableView* table() const { return table_; }
  QueueFilterModel* filter() const { return filter_; }
  /// The first case still to do after `caseId` in the visible order (wrapping), or 0.
  qint64 nextCaseAfter(qint64 caseId) const;
  void showMessage(const QString& text);
  void selectCase(qint64 caseId);

 signals:
  void openCase(qint64 caseId);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void openCurrent();

  AssignmentModel* model_;
  QueueFilterModel* filter_;
  QTableView* table_;
  QLineEdit* search_;
  QComboBox* status_;
  QLabel* message_;
};

}  // namespace concord::app
