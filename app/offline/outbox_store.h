#pragma once
// The outbox's SQLite file, touched only from the outbox's worker thread (never the UI thread).
// Each write is its own transaction with synchronous=FULL, so a queued item survives the app
// being killed right after it was stored.
#include <QString>
#include <QVector>

#include "offline/outbox_item.h"

namespace concord::app {

class OutboxStore {
 public:
  explicit OutboxStore(QString path);
  ~OutboxStore();
  OutboxStore(const OutboxStore&) = delete;
  OutboxStore& operator=(const OutboxStore&) = delete;

  bool open(QString* error);
  /// Stores a new item; returns its id (0 on failure). Items are identified by idempotency key.
  qint64 insert(const OutboxItem& item);
  bool update(const OutboxItem& item);
  bool remove(const QString& idempotencyKey);
  QVector<OutboxItem> all();

 private:
  QString path_;
  QString connection_;
};

}  // namespace concord::app
