#pragma once
// The exporter's only database reader. Everything an export reads comes from one REPEATABLE READ,
// READ ONLY transaction, and cases are streamed through a server-side cursor in batches, so
// annotations committed meanwhile never leak in and memory stays flat.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "export_case.h"

namespace concord::exporters {

/// What the case cursor selects. Parameters of the SQL, never spliced into it.
struct CaseQuery {
  std::int64_t projectId = 0;
  std::string fieldId;
  std::uint64_t seed = 0;
  std::string specialty;  // empty: any
  bool includeGold = false;
  bool adjudicatedOnly = false;
  bool withContent = false;    // conversation tasks need cases.content
  bool withOverrides = false;  // the PHI gate needs phi_overrides
  // Fetch the next batch on a background thread while the current one is processed. Off when
  // the caller runs other queries in the snapshot meanwhile (multimodal reads images).
  bool prefetch = true;
};

/// One cursor row: either a case to export or the reason it is left out.
struct CaseRow {
  std::int64_t caseId = 0;
  std::string excludedReason;  // empty when the case is exported
  ExportCase exportCase;
};

struct MediaItem {
  std::string mimeType;
  std::string bytes;
};

class SnapshotReader {
 public:
  explicit SnapshotReader(const std::string& databaseUrl);
  ~SnapshotReader();
  SnapshotReader(const SnapshotReader&) = delete;
  SnapshotReader& operator=(const SnapshotReader&) = delete;

  /// pg_current_snapshot() of the transaction, taken by its first statement.
  const std::string& snapshotId() const { return snapshotId_; }

  std::optional<ProjectInfo> findProject(const std::string& slugOrId);
  std::uint64_t countCases(std::int64_t projectId);

  /// Opens the case cursor, rows in seeded order: md5(seed || ':' || case id), then id.
  void openCases(const CaseQuery& query);
  /// The next row, or false at the end.
  bool nextCase(CaseRow& row);

  /// The case's images in position order (multimodal only).
  std::vector<MediaItem> images(std::int64_t caseId);

  /// The case cursor's SQL with its parameters written in as quoted literals, so psql can run
  /// exactly what the exporter reads (the benchmark's \copy baseline).
  std::string caseQueryForPsql(const CaseQuery& query);

 private:
  struct State;
  std::unique_ptr<State> state_;
  std::string snapshotId_;
};

}  // namespace concord::exporters
