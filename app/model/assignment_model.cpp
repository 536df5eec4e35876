#include "model/assignment_model.h"

namespace concord::app {

namespace {
QString str(const Json& item, const char* key) {
  auto it = item.find(key);
  return it != item.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}
qint64 num(const Json& item, const char* key) {
  auto it = item.find(key);
  return it != item.end() && it->is_number() ? it->get<qint64>() : 0;
}
}  // namespace

AssignmentRow AssignmentRow::fromJson(const Json& item) {
  AssignmentRow r;
  if (!item.is_object()) return r;
  r.assignmentId = num(item, "assignment_id");
  r.caseId = num(item, "case_id");
  r.project = str(item, "project");
  r.externalId = str(item, "external_id");
  r.specialty = str(item, "specialty");
  r.status = str(item, "status");
  r.annotationStatus = str(item, "annotation_status");
  r.annotationVersion = static_cast<int>(num(item, "annotation_version"));
  r.assignedAt = str(item, "assigned_at");
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
