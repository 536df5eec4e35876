#include "concord/exporters/export_options.h"

#include <array>
#include <cmath>
#include <stdexcept>
#include <utility>

#include "concord/core/split.h"

namespace concord::exporters {
namespace {

constexpr std::array<std::pair<Task, std::string_view>, 6> kTaskNames = {{
    {Task::Classification, "classification"},
    {Task::Sft, "sft"},
    {Task::Preference, "preference"},
    {Task::Rubric, "rubric"},
    {Task::Spans, "spans"},
    {Task::Multimodal, "multimodal"},
}};

constexpr std::array<std::pair<Compression, std::string_view>, 3> kCompressionNames = {{
    {Compression::None, "none"},
    {Compression::Gzip, "gzip"},
    {Compression::Zstd, "zstd"},
}};

}  // namespace

std::string_view taskName(Task task) {
  for (const auto& [value, name] : kTaskNames) {
    if (value == task) return name;
  }
  return "unknown";
}

std::optional<Task> parseTask(std::string_view name) {
  for (const auto& [value, text] : kTaskNames) {
    if (text == name) return value;
  }
  return std::nullopt;
}

std::string_view compressionName(Compression compression) {
  for (const auto& [value, name] : kCompressionNames) {
    if (value == compression) return name;
  }
  return "unknown";
}

std::optional<Compression> parseCompression(std::string_view name) {
  for (const auto& [value, text] : kCompressionNames) {
    if (text == name) return value;
  }
  return std::nullopt;
}

Compression effectiveCompression(const ExportOptions& options) {
  if (options.compression) return *options.compression;
  // Images inside tar shards are already compressed; JSONL compresses well.
  return options.task == Task::Multimodal ? Compression::None : Compression::Zstd;
}

std::string validateOptions(const ExportOptions& options) {
  if (options.databaseUrl.empty()) return "no database given (--db URI)";
  if (options.project.empty()) return "no project given (--project SLUG|ID)";
  if (!options.dryRun && options.outputDir.empty()) return "no output directory given (--out DIR)";
  try {
    parseSplitSpec(options.splitSpec);
  } catch (const std::invalid_argument& e) {
    return std::string("bad --split: ") + e.what();
  }
  if (options.shardBytes == 0 && options.shardRecords == 0) {
    return "--shard-bytes and --shard-records cannot both be 0 (unlimited): give at least one limit";
  }
  if (options.minAgreement && !(*options.minAgreement >= 0.0 && *options.minAgreement <= 1.0)) {
    return "--min-agreement must be a number between 0 and 1";
  }
  if (options.task == Task::Multimodal && options.compression && *options.compression != Compression::None) {
    return "--compression applies to JSONL shards; multimodal tar shards are written uncompressed "
           "(WebDataset readers stream plain tar)";
  }
  if (!options.outputDir.empty() && options.outputDir.filename().empty() &&
      options.outputDir.parent_path().filename().empty()) {
    return "--out must name a directory, not a file-system root";
  }
  return {};
}

}  // namespace concord::exporters
