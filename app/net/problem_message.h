#pragma once
// Turns transport failures and problem+json answers into what a clinician can act on. Raw
// exception or socket texts never reach the screen; they go to the log only.
#include <QList>
#include <QNetworkReply>
#include <QString>

#include "concord/core/json.h"

namespace concord::app {

struct ApiError {
  enum class Kind {
    None,
    Unreachable,     // no answer: offline, refused, timed out — worth retrying later
    Untrusted,       // TLS: the server's certificate is not trusted
    Unauthorized,    // 401
    Forbidden,       // 403
    NotFound,        // 404 (e.g. the case is no longer assigned)
    Conflict,        // 409 / 412: a newer version exists or the state changed
    Invalid,         // 400 / 422: the request was refused as it is
    RateLimited,     // 429
    Server,          // 5xx
  };
  Kind kind = Kind::None;
  int status = 0;
  QString problemType;  // e.g. "urn:concord:problem:stale-version"
  QString message;      // for the clinician
  QList<QPair<QString, QString>> fieldErrors;  // (JSON pointer, message)
  QString technical;    // for the log only

  bool retryable() const { return kind == Kind::Unreachable || kind == Kind::Server || kind == Kind::RateLimited; }
};

/// A transport-level failure (no HTTP answer).
ApiError networkError(QNetworkReply::NetworkError code, const QString& technical);
/// An HTTP error answer; `body` is the parsed problem+json document (or null).
ApiError httpError(int status, const Json& body);

}  // namespace concord::app
