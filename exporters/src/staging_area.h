#pragma once
// Atomic publication: an export is written into a hidden sibling of the output directory
// (".NAME.partial-PID-RANDOM", same file system), synced, and renamed into place in one step.
// A crash or kill leaves the output directory as it was; the next run removes partial
// directories whose process is gone.
#include <filesystem>

namespace concord::exporters {

enum class TargetState {
  Missing,         // nothing there: publish by renaming
  EmptyDirectory,  // an empty directory: rename replaces it
  PreviousExport,  // holds manifest.json: publish only if identical (then nothing to do)
  Occupied,        // a file, or a directory with other content: never touched
};

TargetState inspectTarget(const std::filesystem::path& target);

class StagingArea {
 public:
  explicit StagingArea(std::filesystem::path target);
  ~StagingArea();  // removes the staging directory unless it was published
  StagingArea(const StagingArea&) = delete;
  StagingArea& operator=(const StagingArea&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  /// Syncs the staging directory and renames it to the target. Throws if the target appeared
  /// or filled up meanwhile (rename refuses to replace a non-empty directory).
  void publish();

 private:
  std::filesystem::path target_;
  std::filesystem::path dir_;
  bool published_ = false;
};

}  // namespace concord::exporters
