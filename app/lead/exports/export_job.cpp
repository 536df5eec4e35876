#include "lead/exports/export_job.h"

#include <QCoreApplication>

#include "net/json_fields.h"

namespace concord::app {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("ExportJob", text); }

NamedCounts counts(const Json& o, const char* key) {
  NamedCounts out;
  if (!o.is_object() || !o.contains(key) || !o[key].is_object()) return out;
  for (auto it = o[key].begin(); it != o[key].end(); ++it) {
    if (it.value().is_number()) out.append({QString::fromStdString(it.key()), it.value().get<qint64>()});
  }
  return out;
}

}  // namespace

ExportJobStatus ExportJobStatus::fromJson(const Json& body) {
  ExportJobStatus j;
  j.id = jsonInt(body, "id");
  j.project = jsonString(body, "project");
  j.status = jsonString(body, "status");
  if (body.is_object() && body.contains("request")) j.task = jsonString(body["request"], "task");
  if (body.is_object() && body.contains("progress")) {
    const Json& p = body["progress"];
    j.casesTotal = jsonInt(p, "cases_total");
    j.casesRead = jsonInt(p, "cases_read");
    j.recordsWritten = jsonInt(p, "records_written");
    j.bytesWritten = jsonInt(p, "bytes_written");
  }
  if (body.is_object() && body.contains("counts")) {
    const Json& c = body["counts"];
    j.records = jsonInt(c, "records");
    j.recordsPerSplit = counts(c, "records_per_split");
    j.excluded = counts(c, "excluded");
  }
  j.manifestSha256 = jsonString(body, "manifest_sha256");
  if (body.is_object() && body.contains("links")) j.manifestPath = jsonString(body["links"], "manifest");
  if (j.manifestPath.isEmpty() && j.id > 0) j.manifestPath = QStringLiteral("/api/v1/exports/%1/manifest").arg(j.id);
  j.outputDir = jsonString(body, "output_dir");
  j.error = jsonString(body, "error");
  j.errorKind = jsonString(body, "error_kind");
  if (body.is_object() && body.contains("phi_hits") && body["phi_hits"].is_array()) {
    for (const Json& hit : body["phi_hits"]) {
      j.phiHits.append({jsonInt(hit, "case_id"), jsonString(hit, "where"), jsonString(hit, "category")});
    }
  }
  j.phiHitCount = jsonInt(body, "phi_hit_count");
  j.createdAt = jsonString(body, "created_at");
  j.finishedAt = jsonString(body, "finished_at");
  return j;
}

QString humanBytes(qint64 bytes) {
  if (bytes < 1024) return tr("%1 bytes").arg(bytes);
  const char* units[] = {"KB", "MB", "GB", "TB"};
  double value = static_cast<double>(bytes);
  int unit = -1;
  while (value >= 1024.0 && unit < 3) {
    value /= 1024.0;
    ++unit;
  }
  return QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

QString progressText(const ExportJobStatus& job) {
  QString cases = job.casesTotal > 0 ? tr("%1 of %2 cases read").arg(job.casesRead).arg(job.casesTotal)
                                     : tr("%1 cases read").arg(job.casesRead);
  return tr("%1 · %2 records · %3 written").arg(cases).arg(job.recordsWritten).arg(humanBytes(job.bytesWritten));
}

QString jobListText(const ExportJobStatus& job) {
  QString head = QStringLiteral("#%1 %2 (%3)").arg(job.id).arg(job.task.isEmpty() ? tr("export") : job.task, job.project);
  if (job.running()) {
    if (job.casesTotal <= 0) return tr("%1 — running").arg(head);
    return tr("%1 — running, %2%").arg(head).arg(job.casesRead * 100 / job.casesTotal);
  }
  if (job.succeeded()) return tr("%1 — done, %2 records").arg(head).arg(job.records);
  if (job.failed()) return tr("%1 — failed").arg(head);
  return tr("%1 — %2").arg(head, job.status);
}

QString whereInWords(const QString& where) {
  const QString head = where.section(QLatin1Char('/'), 0, 0);
  const QString rest = where.section(QLatin1Char('/'), 1);
  bool isIndex = false;
  const int index = rest.toInt(&isIndex);
  if (head == QLatin1String("note_text")) return tr("the clinical note");
  if (head == QLatin1String("responses") && isIndex) return tr("model response %1").arg(index + 1);
  if ((head == QLatin1String("prompt") || head == QLatin1String("messages")) && isIndex) {
    return tr("conversation message %1").arg(index + 1);
  }
  if (head == QLatin1String("annotations")) return tr("the answer of clinician %1").arg(rest);
  if (head == QLatin1String("adjudication")) return tr("the adjudicated answer");
  if (head == QLatin1String("rubrics") && isIndex) return tr("rubric criterion %1").arg(index + 1);
  return where;
}

QString phiCategoryInWords(const QString& category) {
  static const QList<QPair<QString, const char*>> words = {
      {QStringLiteral("name"), "a person's name"},
      {QStringLiteral("date"), "a date"},
      {QStringLiteral("age"), "an age over 89"},
      {QStringLiteral("phone"), "a phone number"},
      {QStringLiteral("fax"), "a fax number"},
      {QStringLiteral("email"), "an e-mail address"},
      {QStringLiteral("ssn"), "a social security number"},
      {QStringLiteral("mrn"), "a medical record number"},
      {QStringLiteral("account"), "an account number"},
      {QStringLiteral("health_plan"), "a health plan number"},
      {QStringLiteral("license"), "a licence or certificate number"},
      {QStringLiteral("url"), "a web address"},
      {QStringLiteral("ip"), "an IP address"},
      {QStringLiteral("address"), "a street address"},
      {QStringLiteral("zip"), "a postcode (ZIP)"},
      {QStringLiteral("device"), "a device identifier"},
      {QStringLiteral("vehicle"), "a vehicle identifier"},
  };
  for (const auto& [key, text] : words) {
    if (key == category) return tr(text);
  }
  return tr("an identifier (%1)").arg(category);
}

QString failureText(const ExportJobStatus& job) {
  const QString kind = job.errorKind;
  if (kind == QLatin1String("phi_found")) {
    QStringList lines;
    lines << tr("Nothing was exported: the privacy check found text that may identify a patient.");
    for (const auto& hit : job.phiHits) {
      lines << tr("• Case %1, in %2: %3").arg(hit.caseId).arg(whereInWords(hit.where), phiCategoryInWords(hit.category));
    }
    if (job.phiHitCount > job.phiHits.size()) lines << tr("• … and %1 more").arg(job.phiHitCount - job.phiHits.size());
    if (job.phiHits.isEmpty()) lines << job.error;
    lines << tr("Have these cases reviewed for PHI (redact the text, or record a reviewed false positive), "
                "then start the export again.");
    return lines.join(QLatin1Char('\n'));
  }
  if (kind == QLatin1String("empty")) {
    return tr("Nothing to export: no case matched these options. Loosen the filters (specialty, minimum "
              "agreement, adjudicated only) and try again.\nServer: %1")
        .arg(job.error);
  }
  if (kind == QLatin1String("bad_options") || kind == QLatin1String("not_found")) {
    return tr("The export could not run with these options: %1").arg(job.error);
  }
  if (kind == QLatin1String("interrupted")) {
    return tr("The server running this export stopped before it finished (it was restarted or taken down). "
              "Nothing was published; start the export again.");
  }
  if (kind == QLatin1String("cancelled")) {
    return tr("The export was stopped because the server shut down. Nothing was published; start it again.");
  }
  if (job.error.isEmpty()) return tr("The export failed on the server. Nothing was published.");
  return tr("The export failed on the server. Nothing was published.\nServer: %1").arg(job.error);
}

QString startRefusalText(const ApiError& error) {
  using Kind = ApiError::Kind;
  if (error.kind == Kind::Invalid) {
    // The field list names the option the server refused; its general sentence is for clinicians.
    QStringList parts;
    for (const auto& [path, message] : error.fieldErrors) parts << message;
    const QString detail = parts.isEmpty() ? error.message : parts.join(QLatin1Char(' '));
    return tr("The server refused these export options: %1").arg(detail);
  }
  if (error.kind == Kind::Forbidden) return tr("Only data leads and admins can export data.");
  if (error.kind == Kind::NotFound) return tr("This project no longer exists on the server.");
  return error.message;
}

QString lookupFailureText(const ApiError& error) {
  // The client's wording for 404 speaks of assigned cases; here it is the export that is gone.
  if (error.kind == ApiError::Kind::NotFound) {
    return tr("The server no longer has this export or its manifest (was the server's state directory cleaned?).");
  }
  if (error.kind == ApiError::Kind::Forbidden) return tr("Only data leads and admins can see exports.");
  return error.message;
}

}  // namespace concord::app
