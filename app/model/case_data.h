#pragma once
// What the case view shows next to the editors, parsed once from GET /cases/{id}.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include "concord/core/json.h"

namespace concord::app {

struct CaseMessage {
  QString role;
  QString content;
};

struct CaseResponse {
  QString label;  // "A" / "B": the server blinds model identities
  QString content;
};

struct CaseMedia {
  qint64 id = 0;
  QString kind;  // image | audio | ...
  QString mimeType;
  QString url;
};

struct RubricCriterion {
  QString id;
  QString text;
};

struct CaseData {
  qint64 id = 0;
  QString project;
  QString externalId;
  QString specialty;
  QString noteText;
  QVector<CaseMessage> messages;
  QVector<CaseResponse> responses;
  QVector<CaseMedia> media;
  QVector<RubricCriterion> criteria;
  Json schema;
  Json annotation;  // {status, payload, version} or null
  QByteArray etag;

  static CaseData fromJson(const Json& body, const QByteArray& etag);
  QVector<CaseMedia> images() const;
  QVector<CaseMedia> recordings() const;
};

}  // namespace concord::app
