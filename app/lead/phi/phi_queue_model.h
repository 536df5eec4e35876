#pragma once
// The quarantine of one project: a table over GET /projects/{slug}/quarantine pages (oldest
// first). Each item already carries the case's texts and findings, so a row is all the page
// needs to show the case. Rows arrive a page at a time through fetchMore() (PagedTableModel); a
// reviewed case is removed locally so the lead sees it leave at once.
#include <QString>
#include <vector>

#include "lead/phi/phi_case.h"
#include "model/paged_table_model.h"

namespace concord::app {

class ApiClient;

/// Fetches one page after `cursor` ("" = first) and calls `done` exactly once, possibly later.
using PhiPageFetcher = RowPageFetcher<PhiCase>;

/// The fetcher of the real server's quarantine of `slug`, `limit` cases a page; replies are
/// dropped once `context` is gone.
PhiPageFetcher phiQuarantineFetcher(ApiClient* api, const QString& slug, int limit, QObject* context);

class PhiQueueModel : public PagedRowsModel<PhiCase> {
  Q_OBJECT
 public:
  enum Column { CaseColumn, QuarantinedColumn, SourcesColumn, CategoriesColumn, ColumnCount };
  enum Role { CaseIdRole = Qt::UserRole + 1 };

  explicit PhiQueueModel(QObject* parent = nullptr);

  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  const PhiCase& caseAt(int row) const { return rowAt(row); }
  /// The case was reviewed: it leaves the list. Returns the row it had, or -1.
  using PagedRowsModel::removeCase;

 protected:
  void filterPage(std::vector<PhiCase>& rows) const override;
};

}  // namespace concord::app
