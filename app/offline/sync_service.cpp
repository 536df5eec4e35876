#include "offline/sync_service.h"

#include <QDateTime>
#include <QUuid>

#include "net/api_client.h"
#include "offline/outbox.h"

namespace concord::app {

SyncService::SyncService(ApiClient* api, Outbox* outbox, QObject* parent)
    : QObject(parent), api_(api), outbox_(outbox) {
  retry_.setSingleShot(true);
  connect(&retry_, &QTimer::timeout, this, &SyncService::pump);
  connect(outbox_, &Outbox::ready, this, &SyncService::pump);
}

QString SyncService::saveAnnotation(qint64 caseId, const QString& caseLabel, const Json& body, const QByteArray& ifMatch) {
  OutboxItem item;
  item.kind = OutboxItem::Kind::Annotation;
  item.caseId = caseId;
  item.caseLabel = caseLabel;
  item.status = QString::fromStdString(body.value("status", std::string("draft")));
  item.body = QByteArray::fromStdString(body.dump());
  item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
  item.ifMatch = ifMatch;
  item.createdMs = QDateTime::currentMSecsSinceEpoch();
  // A newer write of the same case replaces an older queued draft: it holds all of its content.
  QString superseded;
  for (const auto& old : outbox_->items()) {
    if (old.caseId == caseId && old.kind == OutboxItem::Kind::Annotation && old.state == OutboxItem::State::Pending &&
        old.status == QLatin1String("draft") && old.idempotencyKey != inFlight_) {
      item.ifMatch = old.ifMatch;
      superseded = old.idempotencyKey;  // a copy: removing shifts the list under a reference
      break;
    }
  }
  if (!superseded.isEmpty()) outbox_->remove(superseded);
  outbox_->add(item);
  pump();
  return item.idempotencyKey;
}

QString SyncService::skip(qint64 caseId, const QString& caseLabel, const QString& reason) {
  OutboxItem item;
  item.kind = OutboxItem::Kind::Skip;
  item.caseId = caseId;
  item.caseLabel = caseLabel;
  item.body = QByteArray::fromStdString(Json{{"reason", reason.toStdString()}}.dump());
  item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
  item.createdMs = QDateTime::currentMSecsSinceEpoch();
  outbox_->add(item);
  pump();
  return item.idempotencyKey;
}

void SyncService::resume() {
  delay_ = baseDelay_;
  retry_.stop();
  pump();
}

void SyncService::pump() {
  if (!inFlight_.isEmpty() || !api_->loggedIn() || !outbox_->isReady() || retry_.isActive()) return;
  const OutboxItem* next = nullptr;
  for (const auto& item : outbox_->items()) {
    if (item.state == OutboxItem::State::Pending) {
      next = &item;
      break;
    }
  }
  if (!next) return;
  const QString key = next->idempotencyKey;
  inFlight_ = key;
  auto done = [this, key](const ApiReply& reply) { onReply(key, reply); };
  if (next->kind == OutboxItem::Kind::Skip) {
    api_->postJson(QStringLiteral("/api/v1/cases/%1/skip").arg(next->caseId), next->body, this, done);
  } else {
    api_->putAnnotation(next->caseId, Json::parse(next->body.toStdString()), key, next->ifMatch, this, done);
  }
}

void SyncService::setOnline(bool online) {
  if (online == online_) return;
  online_ = online;
  emit onlineChanged(online);
}

void SyncService::onReply(const QString& key, const ApiReply& reply) {
  inFlight_.clear();
  const OutboxItem* found = outbox_->find(key);
  if (!found) return pump();  // discarded meanwhile
  OutboxItem item = *found;
  if (reply.ok) {
    setOnline(true);
    delay_ = baseDelay_;
    outbox_->remove(key);
    if (item.kind == OutboxItem::Kind::Skip) {
      emit skipped(item.caseId);
    } else {
      // Later queued writes of this case were based on the version just replaced.
      for (auto later : outbox_->items()) {
        if (later.caseId == item.caseId && later.kind == OutboxItem::Kind::Annotation && later.state == OutboxItem::State::Pending) {
          later.ifMatch = reply.etag;
          outbox_->update(later);
        }
      }
      emit annotationSaved(item.caseId, item.status, reply.etag);
    }
    return pump();
  }
  using Kind = ApiError::Kind;
  switch (reply.error.kind) {
    case Kind::Unreachable:
    case Kind::Server:
    case Kind::RateLimited:
      setOnline(reply.error.kind != Kind::Unreachable);
      emit queued(item.caseId, reply.error.message);
      retry_.start(delay_);
      delay_ = std::min(delay_ * 2, 60000);
      return;
    case Kind::Unauthorized:
      emit queued(item.caseId, reply.error.message);
      return;  // waits for the next login (resume())
    case Kind::Conflict:
      item.state = OutboxItem::State::Conflict;
      item.message = reply.error.message;
      break;
    case Kind::NotFound:
      // The server answers 404 for a case no longer among the caller's assignments (reassigned or
      // withdrawn). Retrying cannot help and dropping would lose the clinician's work: keep it as a
      // conflict the clinician resolves (copy it, then discard it).
      item.state = OutboxItem::State::Conflict;
      item.message = reassignedMessage();
      break;
    default:
      item.state = OutboxItem::State::Rejected;
      item.message = reply.error.message;
      break;
  }
  for (const auto& [path, message] : reply.error.fieldErrors) item.message += QStringLiteral("\n%1: %2").arg(path, message);
  outbox_->update(item);
  emit conflict(item);
  pump();
}

QString SyncService::reassignedMessage() {
  return tr("This case was reassigned to another clinician (or withdrawn), so the server no longer accepts "
            "your answer for it. Your version is kept on this computer until you discard it.");
}

void SyncService::discard(const QString& key) {
  outbox_->remove(key);
}

void SyncService::overwrite(const QString& key, const QByteArray& currentEtag) {
  const OutboxItem* found = outbox_->find(key);
  if (!found) return;
  OutboxItem item = *found;
  item.ifMatch = currentEtag;
  item.state = OutboxItem::State::Pending;
  item.message.clear();
  // A new key: the old one is bound to the refused request on the server.
  outbox_->remove(key);
  item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
  outbox_->add(item);
  resume();
}

}  // namespace concord::app
