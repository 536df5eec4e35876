#pragma once
// One case as the data lead reviews it (GET /projects/{slug}/cases/{id}/annotations), parsed
// once: the unblinded content, every annotation, the disagreeing fields and any adjudication.
//
// Annotators answered preferences with the letters *they* were shown ("A" may have been the
// second response for one clinician and the first for another). The lead sees, and the server
// stores final answers in, SOURCE order: "A" is the first response of the case. Each annotation
// therefore carries its payload converted to source order, and everything the lead sees or sends
// uses that conversion only.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <string>
#include <vector>

#include "concord/core/json.h"
#include "concord/schema/annotation_schema.h"
#include "model/case_data.h"

namespace concord::app {

struct ReviewAnnotation {
  QString username;
  QString pseudonym;
  QString status;  // draft | submitted
  int version = 0;
  Json payload;        // as written, letters in the annotator's blinded order
  Json sourcePayload;  // the same with preference letters in source order
  Json responseOrder;

  bool submitted() const { return status == QLatin1String("submitted"); }
  /// "alice (P-3F2A)"; drafts are marked so nobody mistakes them for an answer.
  QString displayName() const;
};

struct ReviewResponse {
  QString letter;  // source order: A = the first response of the case
  QString model;
  QString content;
};

struct ReviewCase {
  qint64 id = 0;
  QString externalId;
  QString specialty;
  bool isGold = false;
  QString noteText;
  QVector<CaseMessage> messages;
  QVector<ReviewResponse> responses;
  QVector<RubricCriterion> criteria;
  QVector<CaseMedia> media;
  Json schema;
  QVector<ReviewAnnotation> annotations;
  QStringList disagreeing;  // field ids
  Json adjudication;        // {final_payload, rationale, version, adjudicator, ...} or null
  QByteArray etag;          // the adjudication's version; empty when there is none

  static ReviewCase fromJson(const Json& body, const QByteArray& etag);
  bool adjudicated() const { return adjudication.is_object(); }
  bool disagrees(const std::string& fieldId) const { return disagreeing.contains(QString::fromStdString(fieldId)); }
  std::vector<std::string> models() const;
  /// Where the lead starts: the adjudication's final answer if there is one, else every field
  /// the submitted annotations agree on (disagreeing fields stay empty for the lead to decide).
  Json initialFinalPayload(const AnnotationSchema& schema) const;
  /// What the schema editors need (note, criteria, media) in the clinician app's shape.
  CaseData editorData() const;
  ValidationContext validationContext() const;
};

/// The source letter ("A", "B") of the response an annotator's `choice` picked, given the order
/// they were shown (`responseOrder` holds source indices or model names; empty = source order);
/// "tie" stays "tie"; empty when it cannot be told.
QString sourceChoice(const Json& choice, const Json& responseOrder, const std::vector<std::string>& models);

/// `payload` with every preference field's choice turned into source order (see above). A
/// preference whose source cannot be told is dropped rather than shown with a wrong letter.
Json toSourceOrder(const AnnotationSchema& schema, const Json& payload, const Json& responseOrder,
                   const std::vector<std::string>& models);

}  // namespace concord::app
