#pragma once
// The one client of the Concord REST API: a single asynchronous QNetworkAccessManager, TLS with an
// optionally trusted extra certificate authority, bearer-token auth, and problem+json errors turned
// into messages a clinician understands. Every call returns at once; the callback runs later on
// the UI thread (never if `context` was destroyed meanwhile).
#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <functional>

#include "concord/core/json.h"
#include "net/problem_message.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace concord::app {

struct ApiReply {
  bool ok = false;
  int status = 0;      // HTTP status; 0 when no answer arrived
  Json body;           // parsed JSON body (null when none)
  QByteArray etag;     // the ETag header, if any
  QByteArray raw;      // the body as received (media)
  ApiError error;      // set when !ok
};

using ApiCallback = std::function<void(const ApiReply&)>;

class ApiClient : public QObject {
  Q_OBJECT
 public:
  explicit ApiClient(QObject* parent = nullptr);

  void setServer(const QUrl& base);
  QUrl server() const { return base_; }
  /// Adds the PEM certificate authority in `path` to the trusted set. Returns false (and a
  /// message in `error`) when the file holds no certificate.
  bool trustCaFile(const QString& path, QString* error);
  void setToken(const QByteArray& token) { token_ = token; }
  bool loggedIn() const { return !token_.isEmpty(); }
  int pending() const { return pending_; }
  /// Milliseconds before a request with no progress is abandoned (default 20 s).
  void setTimeout(int ms) { timeoutMs_ = ms; }

  void login(const QString& username, const QString& password, QObject* context, ApiCallback done);
  void listAssignments(const QString& cursor, int limit, QObject* context, ApiCallback done);
  void getCase(qint64 caseId, QObject* context, ApiCallback done);
  /// GET of a server path such as a media url from the case; the bytes are in ApiReply::raw.
  void getBytes(const QString& path, QObject* context, ApiCallback done);
  /// GET of a JSON resource (path may carry a query); the parsed body is in ApiReply::body.
  void getJson(const QString& path, QObject* context, ApiCallback done);
  /// POST of a JSON body to a server path (e.g. /api/v1/cases/{id}/skip).
  void postJson(const QString& path, const QByteArray& body, QObject* context, ApiCallback done);
  /// PUT of a JSON body with extra headers (Idempotency-Key, If-Match), e.g. an adjudication.
  void putJson(const QString& path, const Json& body, const QList<QPair<QByteArray, QByteArray>>& headers,
               QObject* context, ApiCallback done);
  /// PUT /cases/{id}/annotation. `ifMatch` empty = first write.
  void putAnnotation(qint64 caseId, const Json& body, const QString& idempotencyKey, const QByteArray& ifMatch,
                     QObject* context, ApiCallback done);

 signals:
  /// Requests in flight changed (for progress indicators).
  void pendingChanged(int count);
  /// The session expired or was revoked: the UI should ask for the password again.
  void sessionExpired();

 private:
  void send(const QByteArray& verb, const QString& path, const QByteArray& body,
            const QList<QPair<QByteArray, QByteArray>>& headers, QObject* context, ApiCallback done);
  void finish(QNetworkReply* reply, QPointer<QObject> context, bool hadContext, const ApiCallback& done);

  QNetworkAccessManager* nam_;
  QSslConfiguration ssl_;
  QUrl base_;
  QByteArray token_;
  int pending_ = 0;
  int timeoutMs_ = 20000;
};

}  // namespace concord::app
