#include "model/case_data.h"

namespace concord::app {

namespace {
QString str(const Json& o, const char* key) {
  if (!o.is_object()) return {};
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}
const Json& member(const Json& o, const char* key) {
  static const Json null;
  if (!o.is_object()) return null;
  auto it = o.find(key);
  return it == o.end() ? null : *it;
}
}  // namespace

CaseData CaseData::fromJson(const Json& body, const QByteArray& etag) {
  CaseData c;
  c.etag = etag;
  if (!body.is_object()) return c;
  const Json& id = member(body, "id");
  c.id = id.is_number_integer() ? id.get<qint64>() : 0;
  c.project = str(body, "project");
  c.externalId = str(body, "external_id");
  c.specialty = str(body, "specialty");
  c.noteText = str(body, "note_text");
  const Json& conversation = member(body, "conversation");
  if (conversation.is_object()) {
    for (const auto& m : member(conversation, "messages")) c.messages.append({str(m, "role"), str(m, "content")});
    for (const auto& r : member(conversation, "responses")) c.responses.append({str(r, "label"), str(r, "content")});
  }
  for (const auto& m : member(body, "media")) {
    const Json& mid = member(m, "id");
    c.media.append({mid.is_number_integer() ? mid.get<qint64>() : 0, str(m, "kind"), str(m, "mime_type"), str(m, "url")});
  }
  for (const auto& r : member(body, "rubric_criteria")) c.criteria.append({str(r, "id"), str(r, "text")});
  c.schema = member(body, "schema");
  c.annotation = member(body, "annotation");
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
