#include "manifest.h"

#include <ctime>

#include "concord/core/hashing.h"

namespace concord::exporters {

Json optionsJson(const ExportOptions& options) {
  Json json = {
      {"task", taskName(options.task)},
      {"field", options.fieldId},
      {"split", options.splitSpec},
      {"seed", options.seed},
      {"shard_bytes", options.shardBytes},
      {"shard_records", options.shardRecords},
      {"compression", compressionName(effectiveCompression(options))},
      {"min_agreement", options.minAgreement ? Json(*options.minAgreement) : Json(nullptr)},
      {"adjudicated_only", options.adjudicatedOnly},
      {"include_gold", options.includeGold},
      {"specialty", options.specialty},
  };
  return json;
}

Json manifestJson(const ManifestInput& input) {
  const ExportStats& stats = *input.stats;
  Json shards = Json::array();
  Sha256Stream dataHash;
  for (const auto& shard : input.shards) {
    shards.push_back({{"split", shard.split},
                      {"path", shard.path},
                      {"records", shard.records},
                      {"bytes", shard.bytes},
                      {"sha256", shard.sha256}});
    dataHash.update(shard.path + " " + shard.sha256 + "\n");
  }
  Json perLabel = Json::object();
  for (const auto& [split, labels] : stats.perLabel) perLabel[split] = labels;
  Json annotatorsPerRecord = Json::object();
  for (const auto& [n, count] : stats.annotatorsPerRecord) annotatorsPerRecord[std::to_string(n)] = count;
  Json options = optionsJson(*input.options);
  options["field"] = input.fieldId;

  Json manifest = {
      {"format", "concord-export"},
      {"format_version", kManifestFormatVersion},
      {"tool", {{"name", kToolName}, {"version", CONCORD_EXPORT_VERSION}}},
      {"project",
       {{"id", input.project->id},
        {"slug", input.project->slug},
        {"schema_version", input.project->schemaVersion},
        {"schema_fingerprint", input.schemaFingerprint}}},
      {"task", taskName(input.options->task)},
      {"field", {{"id", input.fieldId}, {"kind", input.fieldKind}}},
      {"options", std::move(options)},
      {"seed", input.options->seed},
      {"split_salt", input.splitSalt},
      {"counts",
       {{"records", stats.records},
        {"per_split", stats.perSplit},
        {"per_label", std::move(perLabel)},
        {"excluded", stats.excluded},
        {"duplicates_collapsed", stats.duplicates()},
        {"phi_overridden", stats.phiOverridden}}},
      {"agreement",
       {{"mean", stats.meanAgreement()},
        {"bands", stats.agreementBands},
        {"resolution", stats.resolution},
        {"annotators_per_record", std::move(annotatorsPerRecord)},
        {"clinicians", stats.clinicians.size()}}},
      {"shards", std::move(shards)},
      {"data_sha256", dataHash.finishHex()},
      {"created", {{"at", input.createdAt}, {"snapshot", input.snapshotId}, {"export_run_id", input.runId}}},
  };
  return manifest;
}

std::string utcNow() {
  std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

}  // namespace concord::exporters
