#include "ui/sync_indicator.h"

#include "offline/outbox.h"
#include "offline/sync_service.h"

namespace concord::app {

SyncIndicator::SyncIndicator(SyncService* sync, QWidget* parent) : QToolButton(parent), sync_(sync) {
  setObjectName(QStringLiteral("syncIndicator"));
  setAutoRaise(true);
  setFocusPolicy(Qt::NoFocus);
  connect(sync_->outbox(), &Outbox::changed, this, &SyncIndicator::refresh);
  connect(sync_, &SyncService::onlineChanged, this, &SyncIndicator::refresh);
  connect(this, &QToolButton::clicked, this, [this] {
    for (const auto& item : sync_->outbox()->items()) {
      if (item.state != OutboxItem::State::Pending) return emit resolveRequested(item.idempotencyKey);
    }
    sync_->resume();  // nothing to resolve: a click means "try now"
  });
  refresh();
}

void SyncIndicator::refresh() {
  const Outbox* box = sync_->outbox();
  const int pending = box->count(OutboxItem::State::Pending);
  const int problems = box->count(OutboxItem::State::Conflict) + box->count(OutboxItem::State::Rejected);
  QString text;
  if (problems > 0) {
    text = tr("⚠ %n item(s) need your decision", nullptr, problems);
  } else if (pending > 0) {
    text = sync_->online() ? tr("⟳ Sending %n item(s)…", nullptr, pending)
                           : tr("⟳ Offline: %n item(s) waiting to send", nullptr, pending);
  } else {
    text = sync_->online() ? tr("✓ All work sent") : tr("Offline — nothing waiting");
  }
  setText(text);
  setToolTip(problems > 0 ? tr("Click to compare your version with the server's and decide.")
                          : tr("Work is kept on this computer until the server confirms it. Click to retry now."));
  setStyleSheet(problems > 0 ? QStringLiteral("color: #a00; font-weight: bold;") : QString());
}

}  // namespace concord::app
