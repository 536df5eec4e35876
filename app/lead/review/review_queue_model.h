#pragma once
// The data lead's disagreement queue: a table over GET /projects/{slug}/review-queue pages
// (oldest first). Rows arrive a page at a time through fetchMore(), as in the clinician's
// AssignmentModel; an adjudicated case is removed locally so the lead sees it leave at once.
#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

#include "concord/core/json.h"

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
using ReviewPageFetcher = std::function<void(
    const QString& cursor, std::function<void(std::vector<ReviewQueueRow> rows, QString nextCursor, QString error)> done)>;

/// The fetcher of the real server's queue of `slug`, `limit` rows a page; replies are dropped
/// once `context` is gone.
ReviewPageFetcher reviewQueueFetcher(ApiClient* api, const QString& slug, int limit, QObject* context);

class ReviewQueueModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { CaseColumn, SpecialtyColumn, SubmittedColumn, FieldsColumn, ColumnCount };
  enum Role { CaseIdRole = Qt::UserRole + 1 };

  explicit ReviewQueueModel(QObject* parent = nullptr);
  ~ReviewQueueModel() override;

  void setFetcher(ReviewPageFetcher fetcher);
  /// Field id → label, so the table names fields as the schema does.
  void setFieldLabels(QHash<QString, QString> labels);
  /// Drops every row and fetches the first page again.
  void reload();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;

  const ReviewQueueRow& rowAt(int row) const { return rows_.at(static_cast<std::size_t>(row)); }
  int rowOfCase(qint64 caseId) const;
  /// The case was adjudicated: it leaves the queue. Returns the row it had, or -1.
  int removeCase(qint64 caseId);
  bool loading() const { return loading_; }
  bool exhausted() const { return exhausted_; }

 signals:
  void loadingChanged(bool loading);
  void loadFailed(const QString& message);

 private:
  void appendPage(std::vector<ReviewQueueRow> rows, const QString& nextCursor, const QString& error);
  QString fieldsText(const ReviewQueueRow& r) const;

  ReviewPageFetcher fetcher_;
  QHash<QString, QString> labels_;
  std::vector<ReviewQueueRow> rows_;
  QString cursor_;
  bool loading_ = false;
  bool exhausted_ = false;
  // Bumped on reload so that a page still in flight from before is dropped.
  int generation_ = 0;
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace concord::app
