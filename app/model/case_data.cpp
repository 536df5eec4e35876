#include "model/case_data.h"

#include "net/json_fields.h"

namespace concord::app {

CaseData CaseData::fromJson(const Json& body, const QByteArray& etag) {
  CaseData c;
  c.etag = etag;
  if (!body.is_object()) return c;
  const Json& id = jsonMember(body, "id");
  c.id = id.is_number_integer() ? id.get<qint64>() : 0;
  c.project = jsonString(body, "project");
  c.externalId = jsonString(body, "external_id");
  c.specialty = jsonString(body, "specialty");
  c.noteText = jsonString(body, "note_text");
  const Json& conversation = jsonMember(body, "conversation");
  if (conversation.is_object()) {
    for (const auto& m : jsonMember(conversation, "messages")) c.messages.append({jsonString(m, "role"), jsonString(m, "content")});
    for (const auto& r : jsonMember(conversation, "responses")) c.responses.append({jsonString(r, "label"), jsonString(r, "content")});
  }
  for (const auto& m : jsonMember(body, "media")) {
    const Json& mid = jsonMember(m, "id");
    c.media.append({mid.is_number_integer() ? mid.get<qint64>() : 0, jsonString(m, "kind"), jsonString(m, "mime_type"), jsonString(m, "url")});
  }
  for (const auto& r : jsonMember(body, "rubric_criteria")) c.criteria.append({jsonString(r, "id"), jsonString(r, "text")});
  c.schema = jsonMember(body, "schema");
  c.annotation = jsonMember(body, "annotation");
  return c;
}

QVector<CaseMedia> CaseData::images() const {
  QVector<CaseMedia> out;
  for (const auto& m : media) {
    if (m.kind == QLatin1String("image") || m.mimeType.startsWith(QLatin1String("image/"))) out.append(m);
  }
  return out;
}

QVector<CaseMedia> CaseData::recordings() const {
  QVector<CaseMedia> out;
  for (const auto& m : media) {
    if (m.kind == QLatin1String("audio") || m.mimeType.startsWith(QLatin1String("audio/"))) out.append(m);
  }
  return out;
}

}  // namespace concord::app
