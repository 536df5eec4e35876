#include "lead/review/adjudication_sender.h"

#include <QStringList>
#include <QUrl>
#include <QUuid>

#include "net/api_client.h"

namespace concord::app {

QString adjudicationBlocker(const AnnotationDocument& final, const QString& rationale) {
  if (rationale.trimmed().isEmpty()) return QObject::tr("Write a rationale to adjudicate.");
  const auto errors = final.validate(PayloadStage::Submitted);
  if (errors.empty()) return {};
  // Name the field, not the JSON pointer: "/finding" → the field labelled "Finding".
  const std::string& path = errors.front().path;
  const std::string id = path.substr(1, path.find('/', 1) == std::string::npos ? std::string::npos : path.find('/', 1) - 1);
  const FieldSpec* field = final.schema().field(id);
  const QString name = field ? QString::fromStdString(field->label.empty() ? field->id : field->label) : QString::fromStdString(path);
  return QObject::tr("The final answer is not complete: %1 — %2").arg(name, QString::fromStdString(errors.front().message));
}

AdjudicationSender::AdjudicationSender(ApiClient* api, QObject* parent) : QObject(parent), api_(api) {}

void AdjudicationSender::send(const QString& slug, qint64 caseId, const Json& finalPayload, const QString& rationale,
                              const QByteArray& etag) {
  if (busy_) return;
  const Json body{{"final_payload", finalPayload}, {"rationale", rationale.toStdString()}};
  const QByteArray dumped = QByteArray::fromStdString(body.dump()) + etag;
  const QByteArray key = dumped == lastBody_ && !lastKey_.isEmpty() ? lastKey_ : QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
  QList<QPair<QByteArray, QByteArray>> headers{{"Idempotency-Key", key}};
  if (!etag.isEmpty()) headers.append({"If-Match", etag});
  busy_ = true;
  const QString path = QStringLiteral("/api/v1/projects/%1/cases/%2/adjudication")
                           .arg(QString::fromUtf8(QUrl::toPercentEncoding(slug)))
                           .arg(caseId);
  api_->putJson(path, body, headers, this, [this, caseId, dumped, key](const ApiReply& reply) {
    busy_ = false;
    AdjudicationOutcome out;
    out.caseId = caseId;
    out.etag = reply.etag;
    // Only a request that got no answer may be retried under the same key.
    lastBody_ = reply.status == 0 ? dumped : QByteArray();
    lastKey_ = reply.status == 0 ? key : QByteArray();
    if (reply.ok && (reply.status == 200 || reply.status == 201)) {
      out.kind = AdjudicationOutcome::Kind::Saved;
    } else if (reply.status == 412 || reply.status == 428) {
      // 428 too: the lead saw no adjudication, so sent no If-Match, but one exists now.
      out.kind = AdjudicationOutcome::Kind::Stale;
      out.message = tr("Someone else adjudicated this case meanwhile. Their answer is shown now; adjudicate again only "
                       "if you disagree with it.");
    } else if (reply.status == 422) {
      out.kind = AdjudicationOutcome::Kind::Invalid;
      // The lead needs the server's reasons, not only "some answers need attention".
      QStringList reasons;
      for (const auto& [pointer, why] : reply.error.fieldErrors) reasons << QStringLiteral("%1: %2").arg(pointer, why);
      out.message = reasons.isEmpty() ? reply.error.message : tr("The server refused the final answer — %1").arg(reasons.join(QStringLiteral("; ")));
    } else {
      out.kind = AdjudicationOutcome::Kind::Failed;
      out.message = reply.error.message;
    }
    emit finished(out);
  });
}

}  // namespace concord::app
