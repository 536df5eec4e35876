#include "net/problem_message.h"

#include <QCoreApplication>

#include "net/json_fields.h"

namespace concord::app {

ApiError networkError(QNetworkReply::NetworkError code, const QString& technical) {
  ApiError e;
  e.technical = technical;
  switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
      e.kind = ApiError::Kind::Untrusted;
      e.message = QCoreApplication::translate(
          "ApiError",
          "The server's security certificate is not trusted. Ask your administrator for the "
          "certificate authority file and choose it under \"Trust certificate authority\".");
      break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
      e.kind = ApiError::Kind::Unreachable;
      e.message = QCoreApplication::translate("ApiError",
                                              "The server did not answer in time. Your work is kept on this "
                                              "computer and will be sent when the server is reachable.");
      break;
    default:
      e.kind = ApiError::Kind::Unreachable;
      e.message = QCoreApplication::translate("ApiError",
                                              "Cannot reach the Concord server. Check the address and your "
                                              "connection; your work is kept on this computer and will be sent "
                                              "when the server is reachable.");
      break;
  }
  return e;
}

namespace {

}  // namespace

ApiError httpError(int status, const Json& body) {
  ApiError e;
  e.status = status;
  e.problemType = jsonString(body, "type");
  QString detail = jsonString(body, "detail");
  e.technical = QStringLiteral("HTTP %1 %2 %3").arg(status).arg(e.problemType, detail);
  if (body.is_object() && body.contains("errors") && body["errors"].is_array()) {
    for (const auto& item : body["errors"]) {
      if (!item.is_object()) continue;
      e.fieldErrors.append({jsonString(item, "path"), jsonString(item, "message")});
    }
  }
  // The server writes its `detail` for people; it is shown where it is specific, and a fixed
  // sentence covers the cases where a clinician needs to know what to do next.
  auto tr = [](const char* s) { return QCoreApplication::translate("ApiError", s); };
  if (status == 401) {
    e.kind = ApiError::Kind::Unauthorized;
    e.message = e.problemType.endsWith(QLatin1String("invalid-credentials"))
                    ? tr("The user name or password is not correct.")
                    : tr("Your session has ended. Please log in again.");
  } else if (status == 403) {
    e.kind = ApiError::Kind::Forbidden;
    e.message = tr("Your account does not have access to this.");
  } else if (status == 404) {
    e.kind = ApiError::Kind::NotFound;
    e.message = tr("This case is no longer assigned to you.");
  } else if (status == 409 || status == 412 || status == 428) {
    e.kind = ApiError::Kind::Conflict;
    e.message = detail.isEmpty() ? tr("A newer version of this annotation exists.") : detail;
  } else if (status == 429) {
    e.kind = ApiError::Kind::RateLimited;
    e.message = tr("Too many attempts. Please wait a minute and try again.");
  } else if (status >= 500) {
    e.kind = ApiError::Kind::Server;
    e.message = tr("The server had a problem. Your work is kept; please try again in a moment.");
  } else {
    e.kind = ApiError::Kind::Invalid;
    e.message = detail.isEmpty() ? tr("The server refused this request.") : detail;
    if (!e.fieldErrors.isEmpty()) e.message = tr("Some answers need attention.");
  }
  return e;
}

}  // namespace concord::app
