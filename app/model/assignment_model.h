#pragma once
// The clinician's queue: a table over the assignment pages the server hands out. Rows arrive a
// page at a time through fetchMore() (the view asks as it scrolls), so 100,000 assignments cost
// one page per screenful, not one giant request. Rows are plain structs; data() does no work
// beyond a switch, which keeps scrolling smooth.
#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>
#include <functional>
#include <vector>

#include "concord/core/json.h"

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
using PageFetcher = std::function<void(const QString& cursor,
                                       std::function<void(std::vector<AssignmentRow> rows, QString nextCursor,
                                                          QString error)> done)>;

class AssignmentModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { CaseColumn, ProjectColumn, SpecialtyColumn, StatusColumn, AssignedColumn, ColumnCount };
  enum Role { CaseIdRole = Qt::UserRole + 1, StatusRole, AnnotationVersionRole };

  explicit AssignmentModel(QObject* parent = nullptr);
  ~AssignmentModel() override;

  void setFetcher(PageFetcher fetcher);
  /// Drops every row and fetches the first page again.
  void reload();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;

  const AssignmentRow& rowAt(int row) const { return rows_.at(static_cast<std::size_t>(row)); }
  int rowOfCase(qint64 caseId) const;
  /// Records a local status change (after a submission or skip) without a reload.
  void setCaseStatus(qint64 caseId, const QString& status, const QString& annotationStatus);
  bool loading() const { return loading_; }
  bool exhausted() const { return exhausted_; }

 signals:
  void loadingChanged(bool loading);
  void loadFailed(const QString& message);

 private:
  void appendPage(std::vector<AssignmentRow> rows, const QString& nextCursor, const QString& error);

  PageFetcher fetcher_;
  std::vector<AssignmentRow> rows_;
  QString cursor_;
  bool loading_ = false;
  bool exhausted_ = false;
  // Bumped on reload so that a page still in flight from before is dropped.
  int generation_ = 0;
  // Shared with callbacks so a page arriving after the model is gone is ignored.
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace concord::app
