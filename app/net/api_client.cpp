#include "net/api_client.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QUrlQuery>

namespace concord::app {

ApiClient::ApiClient(QObject* parent)
    : QObject(parent), nam_(new QNetworkAccessManager(this)), ssl_(QSslConfiguration::defaultConfiguration()) {}

void ApiClient::setServer(const QUrl& base) {
  base_ = base;
  // A trailing slash would double up with the API paths.
  QString path = base_.path();
  while (path.endsWith(QLatin1Char('/'))) path.chop(1);
  base_.setPath(path);
}

bool ApiClient::trustCaFile(const QString& path, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    if (error) *error = tr("Cannot open the certificate file %1.").arg(path);
    return false;
  }
  const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
  if (certificates.isEmpty()) {
    if (error) *error = tr("The file %1 holds no certificate (PEM).").arg(path);
    return false;
  }
  ssl_.addCaCertificates(certificates);
  return true;
}

void ApiClient::login(const QString& username, const QString& password, QObject* context, ApiCallback done) {
  Json body{{"username", username.toStdString()}, {"password", password.toStdString()}};
  auto wrapped = [this, done](const ApiReply& reply) {
    if (reply.ok && reply.body.contains("token") && reply.body["token"].is_string()) {
      token_ = QByteArray::fromStdString(reply.body["token"].get<std::string>());
    }
    done(reply);
  };
  send("POST", QStringLiteral("/api/v1/auth/login"), QByteArray::fromStdString(body.dump()), {}, context, wrapped);
}

void ApiClient::listAssignments(const QString& cursor, int limit, QObject* context, ApiCallback done) {
  QUrlQuery query;
  if (!cursor.isEmpty()) query.addQueryItem(QStringLiteral("cursor"), cursor);
  query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
  send("GET", QStringLiteral("/api/v1/assignments?") + query.toString(QUrl::FullyEncoded), {}, {}, context,
       std::move(done));
}

void ApiClient::getCase(qint64 caseId, QObject* context, ApiCallback done) {
  send("GET", QStringLiteral("/api/v1/cases/%1").arg(caseId), {}, {}, context, std::move(done));
}

void ApiClient::getBytes(const QString& path, QObject* context, ApiCallback done) {
  send("GET", path, {}, {}, context, std::move(done));
}

void ApiClient::getJson(const QString& path, QObject* context, ApiCallback done) {
  send("GET", path, {}, {}, context, std::move(done));
}

void ApiClient::putJson(const QString& path, const Json& body, const QList<QPair<QByteArray, QByteArray>>& headers,
                        QObject* context, ApiCallback done) {
  send("PUT", path, QByteArray::fromStdString(body.dump()), headers, context, std::move(done));
}

void ApiClient::postJson(const QString& path, const QByteArray& body, QObject* context, ApiCallback done) {
  send("POST", path, body, {}, context, std::move(done));
}

void ApiClient::putAnnotation(qint64 caseId, const Json& body, const QString& idempotencyKey,
                              const QByteArray& ifMatch, QObject* context, ApiCallback done) {
  QList<QPair<QByteArray, QByteArray>> headers{{"Idempotency-Key", idempotencyKey.toUtf8()}};
  if (!ifMatch.isEmpty()) headers.append({"If-Match", ifMatch});
  send("PUT", QStringLiteral("/api/v1/cases/%1/annotation").arg(caseId), QByteArray::fromStdString(body.dump()),
       headers, context, std::move(done));
}

void ApiClient::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                     const QList<QPair<QByteArray, QByteArray>>& headers, QObject* context, ApiCallback done) {
  QUrl url(base_.toString() + path);
  QNetworkRequest request(url);
  request.setSslConfiguration(ssl_);
  request.setTransferTimeout(timeoutMs_);
  request.setRawHeader("Accept", "application/json, application/problem+json");
  if (!body.isEmpty() || verb != "GET") request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
  if (!token_.isEmpty()) request.setRawHeader("Authorization", "Bearer " + token_);
  for (const auto& [name, value] : headers) request.setRawHeader(name, value);

  QNetworkReply* reply = nam_->sendCustomRequest(request, verb, body);
  ++pending_;
  emit pendingChanged(pending_);
  QPointer<QObject> guard(context);
  const bool hadContext = context != nullptr;
  connect(reply, &QNetworkReply::finished, this,
          [this, reply, guard, hadContext, done = std::move(done)]() { finish(reply, guard, hadContext, done); });
}

void ApiClient::finish(QNetworkReply* reply, QPointer<QObject> context, bool hadContext, const ApiCallback& done) {
  reply->deleteLater();
  --pending_;
  emit pendingChanged(pending_);

  ApiReply result;
  result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  result.etag = reply->rawHeader("ETag");
  const QByteArray raw = reply->readAll();
  result.raw = raw;
  const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
  if (!raw.isEmpty() && type.contains("json")) {
    result.body = Json::parse(raw.toStdString(), nullptr, /*allow_exceptions=*/false);
    if (result.body.is_discarded()) result.body = nullptr;
  }
  if (result.status == 0) {
    result.error = networkError(reply->error(), reply->errorString());
  } else if (result.status >= 400) {
    result.error = httpError(result.status, result.body);
    // A 401 on anything but the login itself means the token is no longer good.
    if (result.status == 401 && !reply->url().path().endsWith(QLatin1String("/auth/login"))) {
      token_.clear();
      emit sessionExpired();
    }
  } else {
    result.ok = true;
  }
  if (!result.ok) qWarning("concord: %s %s failed: %s", reply->operation() == QNetworkAccessManager::GetOperation ? "GET" : "request",
                           qPrintable(reply->url().path()), qPrintable(result.error.technical));
  if (hadContext && !context) return;  // the asker is gone
  if (done) done(result);
}

}  // namespace concord::app
