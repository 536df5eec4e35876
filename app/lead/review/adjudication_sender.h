#pragma once
// Sends one adjudication (PUT /projects/{slug}/cases/{id}/adjudication) and sorts the answer
// into what the page must do next. Every new final answer gets a fresh Idempotency-Key; a retry
// of the very same answer after no reply arrived reuses it, so the server can never store it twice.
#include <QByteArray>
#include <QObject>
#include <QString>

#include "concord/core/json.h"
#include "concord/schema/annotation_schema.h"
#include "model/annotation_document.h"

namespace concord::app {

class ApiClient;

struct AdjudicationOutcome {
  enum class Kind {
    Saved,   // 201/200: stored
    Stale,   // 412/428: someone else adjudicated the case meanwhile
    Invalid, // 422: the server refused the final answer (message says why)
    Failed,  // anything else, including no answer
  };
  Kind kind = Kind::Failed;
  qint64 caseId = 0;
  QString message;
  QByteArray etag;
};

/// Why the lead cannot adjudicate yet, or empty when they can: a rationale is required and the
/// final answer must be complete for the schema.
QString adjudicationBlocker(const AnnotationDocument& final, const QString& rationale);

class AdjudicationSender : public QObject {
  Q_OBJECT
 public:
  explicit AdjudicationSender(ApiClient* api, QObject* parent = nullptr);

  /// `etag` is the adjudication version the lead saw (empty = none existed). Ignored while a
  /// request is in flight.
  void send(const QString& slug, qint64 caseId, const Json& finalPayload, const QString& rationale, const QByteArray& etag);
  bool busy() const { return busy_; }

 signals:
  void finished(const AdjudicationOutcome& outcome);

 private:
  ApiClient* api_;
  bool busy_ = false;
  QByteArray lastBody_;  // the body of the last request that got no answer
  QByteArray lastKey_;
};

}  // namespace concord::app
