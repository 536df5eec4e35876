#pragma once
// The one path by which work reaches the server. Every save or skip is put in the outbox first
// (with its idempotency key), then sent in order, one at a time. If the server cannot be reached
// the item stays queued and is retried with back-off; a conflict (newer version, reassigned case)
// or a refusal is kept and reported — never dropped — until the clinician decides.
#include <QObject>
#include <QTimer>

#include "concord/core/json.h"
#include "offline/outbox_item.h"

namespace concord::app {

class ApiClient;
class Outbox;
struct ApiReply;

class SyncService : public QObject {
  Q_OBJECT
 public:
  SyncService(ApiClient* api, Outbox* outbox, QObject* parent = nullptr);

  /// Queues an annotation write based on `ifMatch` (the ETag last seen; "" for the first).
  /// Returns the idempotency key of the queued item.
  QString saveAnnotation(qint64 caseId, const QString& caseLabel, const Json& body, const QByteArray& ifMatch);
  QString skip(qint64 caseId, const QString& caseLabel, const QString& reason);
  /// Tries to send now (after logging in, or when the person asks).
  void resume();
  /// Conflict resolution: drop my queued version / send mine over `currentEtag`.
  void discard(const QString& key);
  void overwrite(const QString& key, const QByteArray& currentEtag);

  /// The clinician-readable reason kept with an item the server refused because the case is no
  /// longer assigned to this clinician (HTTP 404).
  static QString reassignedMessage();

  bool online() const { return online_; }
  Outbox* outbox() const { return outbox_; }
  /// Milliseconds until the first retry when offline (doubles up to 60 s).
  void setRetryDelay(int ms) { baseDelay_ = delay_ = ms; }

 signals:
  void annotationSaved(qint64 caseId, const QString& status, const QByteArray& etag);
  void skipped(qint64 caseId);
  /// The item could not be sent now and waits in the queue.
  void queued(qint64 caseId, const QString& message);
  void conflict(const concord::app::OutboxItem& item);
  void onlineChanged(bool online);

 private:
  void pump();
  void onReply(const QString& key, const ApiReply& reply);
  void setOnline(bool online);

  ApiClient* api_;
  Outbox* outbox_;
  QTimer retry_;
  QString inFlight_;
  bool online_ = true;
  int baseDelay_ = 3000;
  int delay_ = 3000;
};

}  // namespace concord::app
