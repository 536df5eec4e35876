#pragma once
// Filters the queue by status and by text (case id, project, specialty) without copying rows.
#include <QSortFilterProxyModel>

namespace concord::app {

class QueueFilterModel : public QSortFilterProxyModel {
  Q_OBJECT
 public:
  enum class Status { All, ToDo, Draft, Submitted, Skipped };
  explicit QueueFilterModel(QObject* parent = nullptr);
  void setStatusFilter(Status status);
  void setTextFilter(const QString& text);

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

 private:
  Status status_ = Status::All;
  QString text_;
};

}  // namespace concord::app
