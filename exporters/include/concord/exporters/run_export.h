#pragma once
// The library entry point of the exporters: one call runs a whole export (read one snapshot,
// write shards aside, publish atomically, record the run). The CLI and the server's background
// job both call runExport(); it is safe to call from any thread (it opens its own connections).
#include <cstdint>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "concord/exporters/export_options.h"

namespace concord::exporters {

enum class ExportErrorKind {
  BadOptions,     // the options cannot work (unknown field, wrong kind, bad split, ...)
  NotFound,       // no such project
  Empty,          // nothing to export after filters
  TargetExists,   // a different export (or other files) already at the output directory
  PhiFound,       // the PHI scan found un-overridden identifiers in text about to be written
  Cancelled,      // the progress sink asked to stop
  Failed,         // database or file-system failure
};

/// One identifier the PHI gate found in text about to be exported.
struct PhiHit {
  std::int64_t caseId = 0;
  std::string where;     // "note_text", "prompt/0", "annotations/ann-1f2e/answer", ...
  std::string category;  // "name", "phone", ...
};

class ExportError : public std::runtime_error {
 public:
  ExportError(ExportErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  /// A PhiFound refusal with its first hits and the total count, so callers need not parse the message.
  ExportError(const std::string& message, std::vector<PhiHit> firstHits, std::uint64_t hitCount)
      : std::runtime_error(message), kind_(ExportErrorKind::PhiFound), phiHits_(std::move(firstHits)), phiHitCount_(hitCount) {}
  ExportErrorKind kind() const { return kind_; }
  const std::vector<PhiHit>& phiHits() const { return phiHits_; }
  std::uint64_t phiHitCount() const { return phiHitCount_; }

 private:
  ExportErrorKind kind_;
  std::vector<PhiHit> phiHits_;
  std::uint64_t phiHitCount_ = 0;
};

struct ExportProgress {
  std::uint64_t casesTotal = 0;  // cases of the project in the snapshot
  std::uint64_t casesRead = 0;
  std::uint64_t recordsWritten = 0;
  std::uint64_t bytesWritten = 0;  // uncompressed record bytes
  bool done = false;
};

/// Receives progress from the export's thread. report() is called every few hundred cases and
/// once with done = true; cancelRequested() is polled as often.
class ProgressSink {
 public:
  virtual ~ProgressSink() = default;
  virtual void report(const ExportProgress& progress) = 0;
  virtual bool cancelRequested() const { return false; }
};

class NullProgress final : public ProgressSink {
 public:
  void report(const ExportProgress&) override {}
};

struct ExportResult {
  std::int64_t runId = 0;  // export_runs.id; 0 for a dry run
  std::filesystem::path outputDir;
  std::string snapshotId;      // pg_current_snapshot() of the read transaction
  std::string manifestSha256;  // empty for a dry run
  std::uint64_t records = 0;
  std::map<std::string, std::uint64_t> recordsPerSplit;
  std::map<std::string, std::uint64_t> excluded;  // reason -> cases (quarantined, phi_open, ...)
  std::uint64_t duplicatesCollapsed = 0;
  bool dryRun = false;
  bool alreadyPublished = false;  // an identical export was already at the output directory
};

/// Runs one export. Throws ExportError (never a library exception) when it cannot; in that case
/// nothing has been written at options.outputDir.
ExportResult runExport(const ExportOptions& options, ProgressSink& progress);

}  // namespace concord::exporters

namespace concord::exporters {

/// The case query an export with these options runs, with its parameters written in as quoted
/// literals, so `psql -c "\copy (...) TO ..."` reads exactly the same rows (benchmark baseline).
std::string caseQuerySql(const ExportOptions& options);

}  // namespace concord::exporters
