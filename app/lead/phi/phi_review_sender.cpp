#include "lead/phi/phi_review_sender.h"

#include "concord/core/json.h"
#include "net/api_client.h"

namespace concord::app {

namespace {
constexpr int kMaxReasonBytes = 2000;  // the server's limit
}

QString phiActionName(PhiAction action) {
  switch (action) {
    case PhiAction::FalsePositive: return QStringLiteral("false_positive");
    case PhiAction::Redact: return QStringLiteral("redact");
    case PhiAction::Surrogate: return QStringLiteral("surrogate");
  }
  return {};
}

QString phiActionConsequence(PhiAction action) {
  switch (action) {
    case PhiAction::FalsePositive:
      return QObject::tr("Not PHI keeps this case's texts as they are, records each finding as a false positive so the "
                         "export gate lets the same text through, and releases the case to clinicians.");
    case PhiAction::Redact:
      return QObject::tr("Redact replaces each finding in this case's texts with [CATEGORY] (for example [NAME]) and "
                         "releases the case; clinicians' answers are not changed.");
    case PhiAction::Surrogate:
      return QObject::tr("Replace with fictional values swaps each finding in this case's texts for a made-up name, "
                         "date or number of the same kind and releases the case; clinicians' answers are not changed.");
  }
  return {};
}

QString phiReasonBlocker(const QString& reason) {
  if (reason.trimmed().isEmpty()) return QObject::tr("Write a reason to decide: it is kept in the audit log.");
  if (reason.toUtf8().size() > kMaxReasonBytes) return QObject::tr("The reason is too long: keep it under 2000 bytes.");
  return {};
}

PhiReviewSender::PhiReviewSender(ApiClient* api, QObject* parent) : QObject(parent), api_(api) {}

void PhiReviewSender::send(qint64 caseId, PhiAction action, const QString& reason) {
  if (busy_) return;
  busy_ = true;
  const Json body{{"action", phiActionName(action).toStdString()}, {"reason", reason.toStdString()}};
  api_->postJson(QStringLiteral("/api/v1/cases/%1/phi-review").arg(caseId), QByteArray::fromStdString(body.dump()), this,
                 [this, caseId](const ApiReply& reply) {
                   busy_ = false;
                   PhiReviewOutcome out;
                   out.caseId = caseId;
                   if (reply.ok && reply.status == 200) {
                     out.kind = PhiReviewOutcome::Kind::Reviewed;
                     out.status = QString::fromStdString(reply.body.value("status", std::string()));
                     out.findingsClosed = reply.body.value("findings_closed", 0);
                   } else if (reply.status == 409) {
                     out.kind = PhiReviewOutcome::Kind::AlreadyReviewed;
                     out.message = tr("Another data lead already reviewed this case.");
                   } else if (reply.status == 422) {
                     out.kind = PhiReviewOutcome::Kind::Invalid;
                     out.message = reply.error.message;
                   } else {
                     out.kind = PhiReviewOutcome::Kind::Failed;
                     out.message = reply.error.message;
                   }
                   emit finished(out);
                 });
}

}  // namespace concord::app
