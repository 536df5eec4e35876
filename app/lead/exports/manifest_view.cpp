#include "lead/exports/manifest_view.h"

#include <QCoreApplication>
#include <QStringList>

#include "net/json_fields.h"

namespace concord::app {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("ManifestView", text); }

const Json& member(const Json& o, const char* key) {
  static const Json none;
  return o.is_object() && o.contains(key) ? o[key] : none;
}

NamedCounts counts(const Json& o) {
  NamedCounts out;
  if (!o.is_object()) return out;
  for (auto it = o.begin(); it != o.end(); ++it) {
    if (it.value().is_number()) out.append({QString::fromStdString(it.key()), it.value().get<qint64>()});
  }
  return out;
}

QString joinCounts(const NamedCounts& items, QString (*name)(const QString&), const QString& pattern) {
  QStringList parts;
  for (const auto& [key, n] : items) parts << pattern.arg(name(key)).arg(n);
  return parts.join(QStringLiteral(", "));
}

QString same(const QString& s) { return s; }

}  // namespace

QString exclusionInWords(const QString& reason) {
  static const QList<QPair<QString, const char*>> words = {
      {QStringLiteral("quarantined"), "quarantined"},
      {QStringLiteral("retired"), "retired"},
      {QStringLiteral("phi_open"), "open PHI findings"},
      {QStringLiteral("other_specialty"), "other specialty"},
      {QStringLiteral("gold"), "gold (quality control)"},
      {QStringLiteral("not_annotated"), "no submitted answer"},
      {QStringLiteral("not_adjudicated"), "not adjudicated"},
      {QStringLiteral("duplicate"), "duplicate"},
      {QStringLiteral("below_min_agreement"), "below minimum agreement"},
      {QStringLiteral("no_image"), "no image"},
      {QStringLiteral("no_prompt"), "no prompt"},
      {QStringLiteral("no_response_pair"), "no pair of responses"},
      {QStringLiteral("no_rubric_criteria"), "no rubric criteria"},
  };
  for (const auto& [key, text] : words) {
    if (key == reason) return tr(text);
  }
  return reason;
}

qint64 ManifestView::excludedFor(const QString& reason) const {
  for (const auto& [key, n] : excluded) {
    if (key == reason) return n;
  }
  return 0;
}

qint64 ManifestView::shardRecords() const {
  qint64 total = 0;
  for (const auto& s : shards) total += s.records;
  return total;
}

QString ManifestView::summaryText() const {
  QStringList lines;
  QString field = fieldKind.isEmpty() ? fieldId : QStringLiteral("%1 (%2)").arg(fieldId, fieldKind);
  lines << tr("%1 export of %2, field %3, seed %4").arg(task, projectSlug, field).arg(seed);
  lines << tr("Records: %1 in %2 shard(s)").arg(records).arg(shards.size());
  if (!perSplit.isEmpty()) lines << tr("Per split: %1").arg(joinCounts(perSplit, same, QStringLiteral("%1 %2")));
  qint64 left = 0;
  for (const auto& [reason, n] : excluded) left += n;
  lines << (left == 0 ? tr("Left out: none")
                      : tr("Left out: %1 case(s) (%2)").arg(left).arg(joinCounts(excluded, exclusionInWords, QStringLiteral("%1: %2"))));
  lines << tr("Quarantined cases left out: %1").arg(excludedFor(QStringLiteral("quarantined")));
  if (duplicatesCollapsed > 0) lines << tr("Duplicates collapsed: %1").arg(duplicatesCollapsed);
  if (phiOverridden > 0) lines << tr("Reviewed PHI false positives kept: %1").arg(phiOverridden);
  if (!createdAt.isEmpty()) lines << tr("Created: %1").arg(createdAt);
  if (!dataSha256.isEmpty()) lines << tr("Data SHA-256: %1").arg(dataSha256);
  return lines.join(QLatin1Char('\n'));
}

ManifestView ManifestView::fromJson(const Json& m) {
  ManifestView v;
  v.task = jsonString(m, "task");
  v.fieldId = jsonString(member(m, "field"), "id");
  v.fieldKind = jsonString(member(m, "field"), "kind");
  v.projectSlug = jsonString(member(m, "project"), "slug");
  if (member(m, "seed").is_number_unsigned()) v.seed = member(m, "seed").get<quint64>();
  const Json& c = member(m, "counts");
  v.records = jsonInt(c, "records");
  v.perSplit = counts(member(c, "per_split"));
  v.excluded = counts(member(c, "excluded"));
  v.duplicatesCollapsed = jsonInt(c, "duplicates_collapsed");
  v.phiOverridden = jsonInt(c, "phi_overridden");
  v.dataSha256 = jsonString(m, "data_sha256");
  v.createdAt = jsonString(member(m, "created"), "at");
  if (member(m, "shards").is_array()) {
    for (const auto& s : m["shards"]) {
      v.shards.append({jsonString(s, "split"), jsonString(s, "path"), jsonInt(s, "records"), jsonInt(s, "bytes"), jsonString(s, "sha256")});
    }
  }
  return v;
}

}  // namespace concord::app
