#pragma once
// Sends one PHI review decision (POST /cases/{id}/phi-review) and sorts the answer into what the
// page must do next. Also says, in plain words, what each decision does and why the lead cannot
// send one yet, so the widgets only show these sentences.
#include <QObject>
#include <QString>

namespace concord::app {

class ApiClient;

enum class PhiAction { FalsePositive, Redact, Surrogate };

/// The action's name in the API ("false_positive", "redact", "surrogate").
QString phiActionName(PhiAction action);
/// What the action will do to the case, shown before the lead confirms it.
QString phiActionConsequence(PhiAction action);
/// Why no decision can be sent with this reason, or empty when one can (1..2000 bytes, not blank).
QString phiReasonBlocker(const QString& reason);

struct PhiReviewOutcome {
  enum class Kind {
    Reviewed,         // 200: the case is released
    AlreadyReviewed,  // 409: someone else reviewed it (or it was released) meanwhile
    Invalid,          // 422: the server refused the reason
    Failed,           // anything else, including no answer
  };
  Kind kind = Kind::Failed;
  qint64 caseId = 0;
  QString status;  // the server's closing status (redacted, surrogated, false_positive)
  int findingsClosed = 0;
  QString message;
};

class PhiReviewSender : public QObject {
  Q_OBJECT
 public:
  explicit PhiReviewSender(ApiClient* api, QObject* parent = nullptr);

  /// Ignored while a request is in flight. Deciding twice is harmless: the server answers the
  /// second with 409, so no retry key is needed.
  void send(qint64 caseId, PhiAction action, const QString& reason);
  bool busy() const { return busy_; }

 signals:
  void finished(const PhiReviewOutcome& outcome);

 private:
  ApiClient* api_;
  bool busy_ = false;
};

}  // namespace concord::app
