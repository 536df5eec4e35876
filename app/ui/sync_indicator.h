#pragma once
// The status-bar indicator of the offline queue: all sent, N waiting (offline), or conflicts to
// resolve. Clicking it opens the first conflict.
#include <QToolButton>

namespace concord::app {

class SyncService;

class SyncIndicator : public QToolButton {
  Q_OBJECT
 public:
  explicit SyncIndicator(SyncService* sync, QWidget* parent = nullptr);
  void refresh();

 signals:
  void resolveRequested(const QString& key);

 private:
  SyncService* sync_;
};

}  // namespace concord::app
