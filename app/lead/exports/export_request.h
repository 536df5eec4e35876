#pragma once
// What a data lead asks the server to export: the form's choices as the JSON body of
// POST /api/v1/projects/{slug}/exports, and which schema fields each task can export. Plain code
// (no widgets) so the rules are tested on their own.
#include <QList>
#include <QString>
#include <QStringList>

#include "concord/core/json.h"

namespace concord::app {

struct ExportRequest {
  QString task = QStringLiteral("classification");
  QString field;  // empty: the server takes the first field of a kind the task needs
  QString split = QStringLiteral("train=0.8,validation=0.1,test=0.1");
  quint64 seed = 0;
  QString compression = QStringLiteral("zstd");  // ignored for multimodal (tar shards)
  quint64 shardRecords = 0;                      // 0: shards are closed by size only
  double minAgreement = 0.0;                     // 0: no agreement filter
  bool adjudicatedOnly = false;
  bool includeGold = false;
  QString specialty;  // empty: every specialty

  /// The request body; options left at "no filter" are left out so the server's defaults apply.
  Json toJson() const;
};

/// The tasks the exporter knows, in the order the form offers them.
QStringList exportTasks();

/// A schema field a task can export, as the form lists it.
struct ExportableField {
  QString id;
  QString label;
};

/// The fields of `schema` ({"fields": [...]}) whose kind `task` takes (docs/export-format.md).
QList<ExportableField> exportableFields(const Json& schema, const QString& task);

}  // namespace concord::app
