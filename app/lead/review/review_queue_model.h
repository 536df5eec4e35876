#pragma once
// The data lead's disagreement queue: a table over GET /projects/{slug}/review-queue pages
// (oldest first). Rows arrive a page at a time through fetchMore() (PagedTableModel), as in the
// clinician's AssignmentModel; an adjudicated case is removed locally so the lead sees it leave
// at once.
#include <QHash>
#include <QString>
#include <QStringList>

#include "concord/core/json.h"
#include "model/paged_table_model.h"

namespace concord::app {

class ApiClient;

struct ReviewQueueRow {
  qint64 caseId = 0;
  QString externalId;
  QString specialty;
  bool isGold = false;
  int submitted = 0;
  QStringList disagreeing;  // field ids

  static ReviewQueueRow fromJson(const Json& item);
};

/// Fetches one page after `cursor` ("" = first) and calls `done` exactly once, possibly later.
using ReviewPageFetcher = RowPageFetcher<ReviewQueueRow>;

/// The fetcher of the real server's queue of `slug`, `limit` rows a page; replies are dropped
/// once `context` is gone.
ReviewPageFetcher reviewQueueFetcher(ApiClient* api, const QString& slug, int limit, QObject* context);

class ReviewQueueModel : public PagedRowsModel<ReviewQueueRow> {
  Q_OBJECT
 public:
  enum Column { CaseColumn, SpecialtyColumn, SubmittedColumn, FieldsColumn, ColumnCount };
  enum Role { CaseIdRole = Qt::UserRole + 1 };

  explicit ReviewQueueModel(QObject* parent = nullptr);

  /// Field id → label, so the table names fields as the schema does.
  void setFieldLabels(QHash<QString, QString> labels);

  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  /// The case was adjudicated: it leaves the queue. Returns the row it had, or -1.
  using PagedRowsModel::removeCase;

 private:
  QString fieldsText(const ReviewQueueRow& r) const;

  QHash<QString, QString> labels_;
};

}  // namespace concord::app
