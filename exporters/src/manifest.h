#pragma once
// manifest.json: everything needed to check and reproduce an export. Fields that differ between
// two runs over the same data (time, database snapshot, run id) live under "created" only, so
// two reproducible runs have manifests equal outside "created".
#include <string>
#include <vector>

#include "concord/core/json.h"
#include "concord/exporters/export_options.h"
#include "export_case.h"
#include "export_stats.h"
#include "shard_writer.h"

namespace concord::exporters {

inline constexpr int kManifestFormatVersion = 1;
inline constexpr const char* kToolName = "concord-export";

struct ManifestInput {
  const ExportOptions* options = nullptr;
  const ProjectInfo* project = nullptr;
  std::string schemaFingerprint;
  std::string fieldId;
  std::string fieldKind;
  std::string splitSalt;
  const ExportStats* stats = nullptr;
  std::vector<ShardInfo> shards;
  // "created": run-specific
  std::string createdAt;  // ISO 8601 UTC
  std::string snapshotId;
  std::int64_t runId = 0;
};

/// The options as recorded (manifest and export_runs): everything that shapes the output.
Json optionsJson(const ExportOptions& options);

Json manifestJson(const ManifestInput& input);

/// "2026-11-26T06:05:00Z"
std::string utcNow();

}  // namespace concord::exporters
