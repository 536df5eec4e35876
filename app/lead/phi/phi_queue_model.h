#pragma once
// The quarantine of one project: a table over GET /projects/{slug}/quarantine pages (oldest
// first). Each item already carries the case's texts and findings, so a row is all the page
// needs to show the case. Rows arrive a page at a time through fetchMore(); a reviewed case is
// removed locally so the lead sees it leave at once.
#include <QAbstractTableModel>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

#include "lead/phi/phi_case.h"

namespace concord::app {

class ApiClient;

/// Fetches one page after `cursor` ("" = first) and calls `done` exactly once, possibly later.
using PhiPageFetcher =
    std::function<void(const QString& cursor, std::function<void(std::vector<PhiCase> rows, QString nextCursor, QString error)> done)>;

/// The fetcher of the real server's quarantine of `slug`, `limit` cases a page; replies are
/// dropped once `context` is gone.
PhiPageFetcher phiQuarantineFetcher(ApiClient* api, const QString& slug, int limit, QObject* context);

class PhiQueueModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { CaseColumn, QuarantinedColumn, SourcesColumn, CategoriesColumn, ColumnCount };
  enum Role { CaseIdRole = Qt::UserRole + 1 };

  explicit PhiQueueModel(QObject* parent = nullptr);
  ~PhiQueueModel() override;

  void setFetcher(PhiPageFetcher fetcher);
  /// Drops every row and fetches the first page again.
  void reload();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;

  const PhiCase& caseAt(int row) const { return rows_.at(static_cast<std::size_t>(row)); }
  int rowOfCase(qint64 caseId) const;
  /// The case was reviewed: it leaves the list. Returns the row it had, or -1.
  int removeCase(qint64 caseId);
  bool loading() const { return loading_; }
  bool exhausted() const { return exhausted_; }

 signals:
  void loadingChanged(bool loading);
  void loadFailed(const QString& message);

 private:
  void appendPage(std::vector<PhiCase> rows, const QString& nextCursor, const QString& error);

  PhiPageFetcher fetcher_;
  std::vector<PhiCase> rows_;
  QString cursor_;
  bool loading_ = false;
  bool exhausted_ = false;
  // Bumped on reload so that a page still in flight from before is dropped.
  int generation_ = 0;
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace concord::app
