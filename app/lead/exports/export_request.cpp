#include "lead/exports/export_request.h"

namespace concord::app {
namespace {

// Field kinds per task, as the exporter chooses them (docs/export-format.md, "Field kinds").
QStringList kindsFor(const QString& task) {
  if (task == QLatin1String("classification")) return {QStringLiteral("single_choice"), QStringLiteral("ordinal")};
  if (task == QLatin1String("sft")) return {QStringLiteral("free_text")};
  if (task == QLatin1String("preference")) return {QStringLiteral("preference")};
  if (task == QLatin1String("rubric")) return {QStringLiteral("rubric_authoring")};
  if (task == QLatin1String("spans")) return {QStringLiteral("spans")};
  if (task == QLatin1String("multimodal")) {
    return {QStringLiteral("regions"), QStringLiteral("single_choice"), QStringLiteral("multi_choice"),
            QStringLiteral("ordinal"), QStringLiteral("number"), QStringLiteral("free_text")};
  }
  return {};
}

}  // namespace

QStringList exportTasks() {
  return {QStringLiteral("classification"), QStringLiteral("sft"),   QStringLiteral("preference"),
          QStringLiteral("rubric"),         QStringLiteral("spans"), QStringLiteral("multimodal")};
}

QList<ExportableField> exportableFields(const Json& schema, const QString& task) {
  QList<ExportableField> fields;
  if (!schema.is_object() || !schema.contains("fields") || !schema["fields"].is_array()) return fields;
  const QStringList kinds = kindsFor(task);
  for (const auto& f : schema["fields"]) {
    if (!f.is_object()) continue;
    const QString kind = QString::fromStdString(f.value("kind", std::string()));
    const QString id = QString::fromStdString(f.value("id", std::string()));
    if (id.isEmpty() || !kinds.contains(kind)) continue;
    QString label = QString::fromStdString(f.value("label", std::string()));
    fields.append({id, label.isEmpty() ? id : label});
  }
  return fields;
}

Json ExportRequest::toJson() const {
  Json body{{"task", task.toStdString()}, {"seed", seed}};
  if (!field.isEmpty()) body["field"] = field.toStdString();
  if (!split.trimmed().isEmpty()) body["split"] = split.trimmed().toStdString();
  // Tar shards are never compressed: the server refuses any other choice for multimodal.
  if (task != QLatin1String("multimodal") && !compression.isEmpty()) body["compression"] = compression.toStdString();
  if (shardRecords > 0) body["shard_records"] = shardRecords;
  if (minAgreement > 0.0) body["min_agreement"] = minAgreement;
  if (adjudicatedOnly) body["adjudicated_only"] = true;
  if (includeGold) body["include_gold"] = true;
  if (!specialty.trimmed().isEmpty()) body["specialty"] = specialty.trimmed().toStdString();
  return body;
}

}  // namespace concord::app
