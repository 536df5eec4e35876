#include "model/assignment_model.h"

#include "net/json_fields.h"

namespace concord::app {

AssignmentRow AssignmentRow::fromJson(const Json& item) {
  AssignmentRow r;
  if (!item.is_object()) return r;
  r.assignmentId = jsonInt(item, "assignment_id");
  r.caseId = jsonInt(item, "case_id");
  r.project = jsonString(item, "project");
  r.externalId = jsonString(item, "external_id");
  r.specialty = jsonString(item, "specialty");
  r.status = jsonString(item, "status");
  r.annotationStatus = jsonString(item, "annotation_status");
  r.annotationVersion = static_cast<int>(jsonInt(item, "annotation_version"));
  r.assignedAt = jsonString(item, "assigned_at");
  return r;
}

AssignmentModel::AssignmentModel(QObject* parent) : PagedRowsModel(parent) {}

int AssignmentModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

static QString statusText(const AssignmentRow& r) {
  if (r.status == QLatin1String("submitted")) return AssignmentModel::tr("Submitted");
  if (r.status == QLatin1String("skipped")) return AssignmentModel::tr("Skipped");
  if (r.annotationStatus == QLatin1String("draft")) return AssignmentModel::tr("Draft saved");
  return AssignmentModel::tr("To do");
}

QVariant AssignmentModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const AssignmentRow& r = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      switch (index.column()) {
        case CaseColumn: return r.externalId;
        case ProjectColumn: return r.project;
        case SpecialtyColumn: return r.specialty;
        case StatusColumn: return statusText(r);
        case AssignedColumn: return r.assignedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
        default: return {};
      }
    case Qt::ToolTipRole:
      return index.column() == AssignedColumn ? QVariant(r.assignedAt) : QVariant();
    case CaseIdRole: return r.caseId;
    case StatusRole: return r.status;
    case AnnotationVersionRole: return r.annotationVersion;
    default: return {};
  }
}

QVariant AssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case CaseColumn: return tr("Case");
    case ProjectColumn: return tr("Project");
    case SpecialtyColumn: return tr("Specialty");
    case StatusColumn: return tr("Status");
    case AssignedColumn: return tr("Assigned");
    default: return {};
  }
}

void AssignmentModel::setCaseStatus(qint64 caseId, const QString& status, const QString& annotationStatus) {
  const int row = rowOfCase(caseId);
  if (row < 0) return;
  auto& r = rows_[static_cast<std::size_t>(row)];
  r.status = status;
  r.annotationStatus = annotationStatus;
  emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

}  // namespace concord::app
