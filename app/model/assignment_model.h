#pragma once
// The clinician's queue: a table over the assignment pages the server hands out. Rows arrive a
// page at a time through fetchMore() (the view asks as it scrolls; PagedTableModel), so 100,000
// assignments cost one page per screenful, not one giant request. Rows are plain structs; data()
// does no work beyond a switch, which keeps scrolling smooth.
#include <QDateTime>
#include <QString>

#include "concord/core/json.h"
#include "model/paged_table_model.h"

namespace concord::app {

struct AssignmentRow {
  qint64 assignmentId = 0;
  qint64 caseId = 0;
  QString project;
  QString externalId;
  QString specialty;
  QString status;            // assigned | submitted | skipped
  QString annotationStatus;  // "", draft, submitted
  int annotationVersion = 0;
  QString assignedAt;

  static AssignmentRow fromJson(const Json& item);
};

/// Fetches one page after `cursor` ("" = first) and calls `done` exactly once, possibly later.
/// `error` is non-empty when the page could not be had.
using PageFetcher = RowPageFetcher<AssignmentRow>;

class AssignmentModel : public PagedRowsModel<AssignmentRow> {
  Q_OBJECT
 public:
  enum Column { CaseColumn, ProjectColumn, SpecialtyColumn, StatusColumn, AssignedColumn, ColumnCount };
  enum Role { CaseIdRole = Qt::UserRole + 1, StatusRole, AnnotationVersionRole };

  explicit AssignmentModel(QObject* parent = nullptr);

  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  /// Records a local status change (after a submission or skip) without a reload.
  void setCaseStatus(qint64 caseId, const QString& status, const QString& annotationStatus);
};

}  // namespace concord::app
