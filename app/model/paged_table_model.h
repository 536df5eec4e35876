#pragma once
// Cursor paging for the app's table models (the clinician's queue, the lead's review queue and
// quarantine). Rows arrive a page at a time through fetchMore() (the view asks as it scrolls), so
// a long list costs one page per screenful, not one giant request.
//
// PagedTableModel holds the paging state (cursor, loading/exhausted, the generation that drops
// replies from before a reload, the alive token) and the rules for appending a page;
// PagedRowsModel<Row> adds the row vector and the fetcher. A model built on it keeps only its
// row type, its columns and its fetcher.
#include <QAbstractTableModel>
#include <QString>
#include <algorithm>
#include <functional>
#include <iterator>
#include <memory>
#include <vector>

namespace concord::app {

/// Fetches one page after `cursor` ("" = first) and calls `done` exactly once, possibly later.
/// `error` is non-empty when the page could not be had.
template <class Row>
using RowPageFetcher = std::function<void(
    const QString& cursor, std::function<void(std::vector<Row> rows, QString nextCursor, QString error)> done)>;

class PagedTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  explicit PagedTableModel(QObject* parent = nullptr);
  ~PagedTableModel() override;

  /// Drops every row and fetches the first page again.
  void reload();

  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;
  bool loading() const { return loading_; }
  bool exhausted() const { return exhausted_; }

 signals:
  void loadingChanged(bool loading);
  void loadFailed(const QString& message);

 protected:
  /// The reply to requestPage(): `insertRows` inserts the page's rows (with begin/endInsertRows);
  /// it runs only from the event loop and only while the reply is still current.
  using PageReply = std::function<void(std::function<void()> insertRows, QString nextCursor, QString error)>;

  virtual bool hasFetcher() const = 0;
  /// Asks for the page after `cursor`; calls `reply` exactly once, possibly later.
  virtual void requestPage(const QString& cursor, PageReply reply) = 0;
  /// Drops every row (inside a model reset).
  virtual void clearRows() = 0;

 private:
  void appendPage(const std::function<void()>& insertRows, const QString& nextCursor, const QString& error);

  QString cursor_;
  bool loading_ = false;
  bool exhausted_ = false;
  // Bumped on reload so that a page still in flight from before is dropped.
  int generation_ = 0;
  // Shared with callbacks so a page arriving after the model is gone is ignored.
  std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

/// A PagedTableModel over a vector of `Row`s, each with a `caseId`.
template <class Row>
class PagedRowsModel : public PagedTableModel {
 public:
  using PagedTableModel::PagedTableModel;

  void setFetcher(RowPageFetcher<Row> fetcher) { fetcher_ = std::move(fetcher); }

  int rowCount(const QModelIndex& parent = {}) const override {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
  }
  const Row& rowAt(int row) const { return rows_.at(static_cast<std::size_t>(row)); }
  int rowOfCase(qint64 caseId) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      if (rows_[i].caseId == caseId) return static_cast<int>(i);
    }
    return -1;
  }

 protected:
  /// Removes the case's row; returns the row it had, or -1.
  int removeCase(qint64 caseId) {
    const int row = rowOfCase(caseId);
    if (row < 0) return -1;
    beginRemoveRows({}, row, row);
    rows_.erase(rows_.begin() + row);
    endRemoveRows();
    return row;
  }
  /// Sees a page just before its rows are inserted (the cursor has already moved on); a model
  /// may drop rows here.
  virtual void filterPage(std::vector<Row>& /*rows*/) const {}

  std::vector<Row> rows_;

 private:
  bool hasFetcher() const override { return static_cast<bool>(fetcher_); }
  void clearRows() override { rows_.clear(); }
  void requestPage(const QString& cursor, PageReply reply) override {
    fetcher_(cursor, [this, reply = std::move(reply)](std::vector<Row> rows, QString next, QString error) {
      // `this` is used only by insertRows, which the base runs while the model is alive.
      reply(
          [this, rows = std::move(rows)]() mutable {
            filterPage(rows);
            if (rows.empty()) return;
            const int first = static_cast<int>(rows_.size());
            beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
            rows_.insert(rows_.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
            endInsertRows();
          },
          std::move(next), std::move(error));
    });
  }

  RowPageFetcher<Row> fetcher_;
};

}  // namespace concord::app
