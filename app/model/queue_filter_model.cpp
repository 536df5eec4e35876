#include "model/queue_filter_model.h"

#include "model/assignment_model.h"

namespace concord::app {

QueueFilterModel::QueueFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

// invalidate() (one layout change) rather than invalidateFilter(): the latter reports every
// changed run of rows separately, and "every fourth row" filters then cost seconds with 100,000
// rows (bench/app/run.sh).
void QueueFilterModel::setStatusFilter(Status status) {
  if (status == status_) return;
  status_ = status;
  invalidate();
}

void QueueFilterModel::setTextFilter(const QString& text) {
  if (text.trimmed() == text_) return;
  text_ = text.trimmed();
  invalidate();
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  auto* model = qobject_cast<const AssignmentModel*>(sourceModel());
  if (!model || sourceParent.isValid()) return true;
  const AssignmentRow& r = model->rowAt(sourceRow);
  switch (status_) {
    case Status::All: break;
    case Status::ToDo:
      if (r.status != QLatin1String("assigned")) return false;
      break;
    case Status::Draft:
      if (r.status != QLatin1String("assigned") || r.annotationStatus != QLatin1String("draft")) return false;
      break;
    case Status::Submitted:
      if (r.status != QLatin1String("submitted")) return false;
      break;
    case Status::Skipped:
      if (r.status != QLatin1String("skipped")) return false;
      break;
  }
  if (text_.isEmpty()) return true;
  return r.externalId.contains(text_, Qt::CaseInsensitive) || r.project.contains(text_, Qt::CaseInsensitive) ||
         r.specialty.contains(text_, Qt::CaseInsensitive);
}

}  // namespace concord::app
