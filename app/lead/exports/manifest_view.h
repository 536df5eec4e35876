#pragma once
// A succeeded export's manifest.json (docs/export-format.md) in the form the panel shows it: a
// summary a data lead reads (records per split, what was left out and why) and one row per shard.
// Plain code (no widgets) so it is tested against a real manifest.
#include <QList>
#include <QString>

#include "concord/core/json.h"
#include "lead/exports/export_job.h"

namespace concord::app {

struct ManifestShard {
  QString split;
  QString path;  // relative to the export's folder, e.g. "train/shard-000000.jsonl.zst"
  qint64 records = 0;
  qint64 bytes = 0;
  QString sha256;
};

struct ManifestView {
  QString task;
  QString fieldId;
  QString fieldKind;
  QString projectSlug;
  quint64 seed = 0;
  qint64 records = 0;
  NamedCounts perSplit;
  NamedCounts excluded;  // reason → cases
  qint64 duplicatesCollapsed = 0;
  qint64 phiOverridden = 0;
  QString dataSha256;
  QString createdAt;
  QList<ManifestShard> shards;

  /// Cases left out because they are quarantined (0 when none).
  qint64 excludedFor(const QString& reason) const;
  /// Sum of the shards' record counts (equals `records` in a well-formed manifest).
  qint64 shardRecords() const;
  /// Several lines: task and field, records per split, exclusions in words, checksums.
  QString summaryText() const;

  static ManifestView fromJson(const Json& manifest);
};

/// "quarantined" → "quarantined (PHI or other hold)", ... for the exclusion reasons the exporter names.
QString exclusionInWords(const QString& reason);

}  // namespace concord::app
