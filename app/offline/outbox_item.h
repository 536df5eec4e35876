#pragma once
// One piece of work waiting for the server: an annotation write (draft or submission) or a skip.
// It carries its idempotency key from the start, so resending after a lost answer is safe.
#include <QByteArray>
#include <QString>

namespace concord::app {

struct OutboxItem {
  enum class Kind { Annotation, Skip };
  enum class State { Pending, Conflict, Rejected };

  qint64 id = 0;                // local row id (0 until stored)
  Kind kind = Kind::Annotation;
  qint64 caseId = 0;
  QString caseLabel;            // external id, for messages
  QString status;               // annotation: draft | submitted
  QByteArray body;              // JSON sent as is
  QString idempotencyKey;
  QByteArray ifMatch;           // ETag the edit was based on ("" = first write)
  State state = State::Pending;
  QString message;              // why it is in conflict / rejected, for the clinician
  qint64 createdMs = 0;
};

}  // namespace concord::app
