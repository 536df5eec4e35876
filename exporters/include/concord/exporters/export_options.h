#pragma once
// What an export is asked to do. The CLI fills this from its arguments; the server fills it from
// a request. validateOptions() is the one place options are checked, before anything is read or
// written.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace concord::exporters {

enum class Task { Classification, Sft, Preference, Rubric, Spans, Multimodal };
enum class Compression { None, Gzip, Zstd };

std::string_view taskName(Task task);
std::optional<Task> parseTask(std::string_view name);
std::string_view compressionName(Compression compression);
std::optional<Compression> parseCompression(std::string_view name);

inline constexpr std::uint64_t kDefaultShardBytes = 256ull * 1024 * 1024;

struct ExportOptions {
  std::string databaseUrl;
  std::string project;  // slug, or numeric id
  Task task = Task::Classification;
  std::filesystem::path outputDir;
  std::string fieldId;  // empty: the first schema field of the kind the task needs
  std::string splitSpec = "train=0.8,validation=0.1,test=0.1";
  std::uint64_t seed = 0;
  // A shard is closed once it holds this many uncompressed bytes or records (0 = no limit).
  std::uint64_t shardBytes = kDefaultShardBytes;
  std::uint64_t shardRecords = 0;
  std::optional<Compression> compression;  // unset: zstd for JSONL, none for tar shards
  std::optional<double> minAgreement;      // in [0, 1]
  bool adjudicatedOnly = false;
  bool includeGold = false;
  std::string specialty;  // empty: every specialty
  bool dryRun = false;    // read and count, write nothing, record nothing
  // Who asked, for export_runs.created_by: a users.id (server) or a username (CLI).
  std::optional<std::int64_t> requestedByUserId;
  std::string requestedByUsername;
};

/// The compression actually used: the explicit choice or the task's default.
Compression effectiveCompression(const ExportOptions& options);

/// Empty when the options are usable, otherwise a message a person can act on. Does not touch
/// the database or the file system.
std::string validateOptions(const ExportOptions& options);

}  // namespace concord::exporters
