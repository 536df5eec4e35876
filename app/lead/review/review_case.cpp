#include "lead/review/review_case.h"

#include <QObject>
#include <algorithm>
#include <optional>

#include "net/json_fields.h"

namespace concord::app {

namespace {

QString letterOf(std::size_t sourceIndex) { return QString(QChar(static_cast<char16_t>(u'A' + sourceIndex))); }

}  // namespace

QString ReviewAnnotation::displayName() const {
  QString name = pseudonym.isEmpty() ? username : QStringLiteral("%1 (%2)").arg(username, pseudonym);
  return submitted() ? name : QObject::tr("%1 — draft").arg(name);
}

QString sourceChoice(const Json& choice, const Json& responseOrder, const std::vector<std::string>& models) {
  if (!choice.is_string()) return {};
  const std::string letter = choice.get<std::string>();
  if (letter == "tie") return QStringLiteral("tie");
  if (letter != "A" && letter != "B") return {};
  const std::size_t shownAt = letter == "A" ? 0 : 1;
  if (!responseOrder.is_array() || responseOrder.empty()) return letterOf(shownAt);
  if (shownAt >= responseOrder.size()) return {};
  const Json& shown = responseOrder[shownAt];
  if (shown.is_number_integer()) {
    const auto index = shown.get<std::int64_t>();
    return index >= 0 && index < 26 ? letterOf(static_cast<std::size_t>(index)) : QString();
  }
  if (shown.is_string()) {
    auto it = std::find(models.begin(), models.end(), shown.get<std::string>());
    if (it != models.end()) return letterOf(static_cast<std::size_t>(it - models.begin()));
  }
  return {};
}

Json toSourceOrder(const AnnotationSchema& schema, const Json& payload, const Json& responseOrder,
                   const std::vector<std::string>& models) {
  if (!payload.is_object()) return Json::object();
  Json out = payload;
  for (const auto& field : schema.fields()) {
    if (field.kind != FieldKind::Preference || !out.contains(field.id)) continue;
    Json& v = out[field.id];
    const QString source = v.is_object() ? sourceChoice(v.value("choice", Json()), responseOrder, models) : QString();
    if (source.isEmpty()) {
      out.erase(field.id);
      continue;
    }
    v["choice"] = source.toStdString();
  }
  return out;
}

ReviewCase ReviewCase::fromJson(const Json& body, const QByteArray& etag) {
  ReviewCase c;
  c.etag = etag;
  const Json& k = jsonMember(body, "case");
  const Json& id = jsonMember(k, "id");
  c.id = id.is_number_integer() ? id.get<qint64>() : 0;
  c.externalId = jsonString(k, "external_id");
  c.specialty = jsonString(k, "specialty");
  c.isGold = jsonMember(k, "is_gold").is_boolean() && jsonMember(k, "is_gold").get<bool>();
  c.noteText = jsonString(k, "note_text");
  const Json& conversation = jsonMember(k, "conversation");
  for (const auto& m : jsonMember(conversation, "messages")) c.messages.append({jsonString(m, "role"), jsonString(m, "content")});
  std::size_t index = 0;
  for (const auto& r : jsonMember(conversation, "responses")) c.responses.append({letterOf(index++), jsonString(r, "model"), jsonString(r, "content")});
  for (const auto& r : jsonMember(k, "rubric_criteria")) c.criteria.append({jsonString(r, "id"), jsonString(r, "text")});
  for (const auto& m : jsonMember(k, "media")) {
    const Json& mid = jsonMember(m, "id");
    c.media.append({mid.is_number_integer() ? mid.get<qint64>() : 0, jsonString(m, "kind"), jsonString(m, "mime_type"), QString()});
  }
  c.schema = jsonMember(body, "schema");
  c.adjudication = jsonMember(body, "adjudication");
  for (const auto& f : jsonMember(body, "disagreeing_fields")) {
    if (f.is_string()) c.disagreeing << QString::fromStdString(f.get<std::string>());
  }

  // A schema that does not parse leaves the payloads as written: nothing to convert against.
  std::optional<AnnotationSchema> schema;
  try {
    schema = AnnotationSchema::parse(c.schema);
  } catch (const SchemaError&) {
  }
  const auto models = c.models();
  for (const auto& a : jsonMember(body, "annotations")) {
    ReviewAnnotation r;
    const Json& who = jsonMember(a, "annotator");
    r.username = jsonString(who, "username");
    r.pseudonym = jsonString(who, "pseudonym");
    r.status = jsonString(a, "status");
    r.version = jsonMember(a, "version").is_number_integer() ? jsonMember(a, "version").get<int>() : 0;
    r.payload = jsonMember(a, "payload");
    r.responseOrder = jsonMember(a, "response_order");
    r.sourcePayload = schema ? toSourceOrder(*schema, r.payload, r.responseOrder, models) : r.payload;
    c.annotations.append(r);
  }
  return c;
}

std::vector<std::string> ReviewCase::models() const {
  std::vector<std::string> out;
  for (const auto& r : responses) out.push_back(r.model.toStdString());
  return out;
}

Json ReviewCase::initialFinalPayload(const AnnotationSchema& schema) const {
  if (adjudicated() && jsonMember(adjudication, "final_payload").is_object()) return adjudication["final_payload"];
  Json out = Json::object();
  for (const auto& a : annotations) {
    if (!a.submitted() || !a.sourcePayload.is_object()) continue;
    for (const auto& field : schema.fields()) {
      if (!disagrees(field.id) && a.sourcePayload.contains(field.id)) out[field.id] = a.sourcePayload[field.id];
    }
    break;  // the first submitted annotation speaks for the fields everyone agrees on
  }
  return out;
}

CaseData ReviewCase::editorData() const {
  CaseData d;
  d.id = id;
  d.externalId = externalId;
  d.specialty = specialty;
  d.noteText = noteText;
  d.messages = messages;
  for (const auto& r : responses) d.responses.append({r.letter, r.content});
  d.media = media;
  d.criteria = criteria;
  d.schema = schema;
  return d;
}

ValidationContext ReviewCase::validationContext() const {
  ValidationContext ctx;
  ctx.textLength = static_cast<std::size_t>(noteText.toUcs4().size());
  const CaseData d = editorData();
  ctx.imageCount = static_cast<std::size_t>(d.images().size());
  for (const auto& c : criteria) ctx.rubricCriterionIds.push_back(c.id.toStdString());
  return ctx;
}

}  // namespace concord::app
