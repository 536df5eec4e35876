#include "offline/outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QStandardPaths>

#include "offline/outbox_store.h"

namespace concord::app {

QString Outbox::defaultPath() {
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(dir);
  return dir + QStringLiteral("/outbox.sqlite");
}

Outbox::Outbox(const QString& path, QObject* parent)
    : QObject(parent), worker_(new QObject), store_(std::make_shared<std::unique_ptr<OutboxStore>>()) {
  worker_->moveToThread(&thread_);
  thread_.setObjectName(QStringLiteral("concord-outbox"));
  thread_.start();
  auto store = store_;
  QPointer<Outbox> self(this);
  QMetaObject::invokeMethod(worker_, [store, path, self]() {
    *store = std::make_unique<OutboxStore>(path);
    QString error;
    QVector<OutboxItem> loaded;
    const bool ok = (*store)->open(&error);
    if (ok) loaded = (*store)->all();
    else store->reset();
    QMetaObject::invokeMethod(qApp, [self, loaded, ok, error]() {
      if (!self) return;
      if (!ok) emit self->storageFailed(error);
      // Items added before the file was read go after the stored ones.
      QVector<OutboxItem> merged = loaded;
      for (const auto& item : self->items_) {
        bool known = false;
        for (const auto& l : loaded) known = known || l.idempotencyKey == item.idempotencyKey;
        if (!known) merged.append(item);
      }
      self->items_ = merged;
      self->ready_ = true;
      emit self->ready();
      emit self->changed();
    }, Qt::QueuedConnection);
  }, Qt::QueuedConnection);
}

Outbox::~Outbox() {
  // Quit from inside the worker's queue so every write posted before this runs first.
  // The store is closed in the thread that opened it (Qt SQL connections belong to one thread).
  auto store = store_;
  QMetaObject::invokeMethod(worker_, [store] {
    store->reset();
    QThread::currentThread()->quit();
  }, Qt::QueuedConnection);
  thread_.wait();
  delete worker_;
}

void Outbox::post(std::function<void(OutboxStore&)> job) {
  auto store = store_;
  QMetaObject::invokeMethod(worker_, [store, job = std::move(job)]() {
    if (*store) job(**store);
  }, Qt::QueuedConnection);
}

const OutboxItem* Outbox::find(const QString& key) const {
  for (const auto& item : items_) {
    if (item.idempotencyKey == key) return &item;
  }
  return nullptr;
}

int Outbox::count(OutboxItem::State state) const {
  int n = 0;
  for (const auto& item : items_) n += item.state == state ? 1 : 0;
  return n;
}

void Outbox::add(OutboxItem item) {
  items_.append(item);
  post([item](OutboxStore& s) { s.insert(item); });
  emit changed();
}

void Outbox::update(const OutboxItem& item) {
  for (auto& existing : items_) {
    if (existing.idempotencyKey == item.idempotencyKey) existing = item;
  }
  post([item](OutboxStore& s) { s.update(item); });
  emit changed();
}

void Outbox::remove(const QString& keyRef) {
  const QString key = keyRef;  // the caller's reference may point into items_
  items_.erase(std::remove_if(items_.begin(), items_.end(), [&](const OutboxItem& i) { return i.idempotencyKey == key; }),
               items_.end());
  post([key](OutboxStore& s) { s.remove(key); });
  emit changed();
}

}  // namespace concord::app
