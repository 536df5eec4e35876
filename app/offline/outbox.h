#pragma once
// The offline queue as the UI sees it: an in-memory list that is the truth for the screen, with
// every change written to SQLite by a worker thread (in order), so nothing touches the disk on
// the UI thread and queued work survives a restart.
#include <QObject>
#include <QThread>
#include <QVector>
#include <memory>

#include "offline/outbox_item.h"

namespace concord::app {

class OutboxStore;

class Outbox : public QObject {
  Q_OBJECT
 public:
  /// Opens (or creates) the queue file and loads it in the background; ready() follows.
  explicit Outbox(const QString& path, QObject* parent = nullptr);
  /// Waits for the queued writes to reach the disk.
  ~Outbox() override;

  bool isReady() const { return ready_; }
  const QVector<OutboxItem>& items() const { return items_; }
  const OutboxItem* find(const QString& key) const;
  int count(OutboxItem::State state) const;

  void add(OutboxItem item);
  void update(const OutboxItem& item);
  void remove(const QString& key);

  /// Default location: the app's data directory.
  static QString defaultPath();

 signals:
  void ready();
  void changed();
  void storageFailed(const QString& message);

 private:
  /// Runs `job` on the worker thread, after every job posted before it.
  void post(std::function<void(OutboxStore&)> job);

  QThread thread_;
  QObject* worker_;                     // lives in thread_; jobs are queued to it
  std::shared_ptr<std::unique_ptr<OutboxStore>> store_;  // created and used in thread_ only
  QVector<OutboxItem> items_;
  bool ready_ = false;
};

}  // namespace concord::app
