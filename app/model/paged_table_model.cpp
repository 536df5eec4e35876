#include "model/paged_table_model.h"

namespace concord::app {

PagedTableModel::PagedTableModel(QObject* parent) : QAbstractTableModel(parent) {}

PagedTableModel::~PagedTableModel() { *alive_ = false; }

void PagedTableModel::reload() {
  beginResetModel();
  clearRows();
  cursor_.clear();
  exhausted_ = false;
  ++generation_;
  if (loading_) {
    loading_ = false;
    emit loadingChanged(false);
  }
  endResetModel();
  if (canFetchMore({})) fetchMore({});
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && hasFetcher() && !exhausted_ && !loading_;
}

void PagedTableModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  loading_ = true;
  emit loadingChanged(true);
  const int generation = generation_;
  std::weak_ptr<bool> alive = alive_;
  // Rows are always appended from the event loop, never inside fetchMore(): views and
  // QAbstractItemModelTester call fetchMore() in the middle of their own bookkeeping.
  requestPage(cursor_, [this, generation, alive](std::function<void()> insertRows, QString next, QString error) {
    if (alive.expired()) return;
    QMetaObject::invokeMethod(
        this,
        [this, generation, insertRows = std::move(insertRows), next, error]() {
          if (generation != generation_) return;  // a reload happened meanwhile
          appendPage(insertRows, next, error);
        },
        Qt::QueuedConnection);
  });
}

void PagedTableModel::appendPage(const std::function<void()>& insertRows, const QString& nextCursor,
                                 const QString& error) {
  loading_ = false;
  if (!error.isEmpty()) {
    emit loadingChanged(false);
    emit loadFailed(error);
    return;
  }
  // Cursor first: views may call fetchMore() from their rowsInserted handlers, and must then
  // ask for the page after this one, not this one again.
  cursor_ = nextCursor;
  exhausted_ = nextCursor.isEmpty();
  insertRows();
  emit loadingChanged(false);
}

}  // namespace concord::app
