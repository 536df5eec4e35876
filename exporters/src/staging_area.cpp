#include "staging_area.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

#include "concord/core/hashing.h"
#include "shard_file.h"

namespace concord::exporters {
namespace {

std::string stagingPrefix(const std::filesystem::path& target) {
  return "." + target.filename().string() + ".partial-";
}

// Partial directories of runs that died (their process no longer exists) are garbage.
void removeAbandonedPartials(const std::filesystem::path& target) {
  std::error_code ec;
  const std::string prefix = stagingPrefix(target);
  for (const auto& entry : std::filesystem::directory_iterator(target.parent_path(), ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    std::string rest = name.substr(prefix.size());
    pid_t pid = static_cast<pid_t>(std::strtol(rest.c_str(), nullptr, 10));
    if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) std::filesystem::remove_all(entry.path(), ec);
  }
}

}  // namespace

TargetState inspectTarget(const std::filesystem::path& target) {
  std::error_code ec;
  auto status = std::filesystem::symlink_status(target, ec);
  if (ec || status.type() == std::filesystem::file_type::not_found) return TargetState::Missing;
  if (status.type() != std::filesystem::file_type::directory) return TargetState::Occupied;
  if (std::filesystem::is_empty(target, ec)) return TargetState::EmptyDirectory;
  if (std::filesystem::is_regular_file(target / "manifest.json", ec)) return TargetState::PreviousExport;
  return TargetState::Occupied;
}

StagingArea::StagingArea(std::filesystem::path target) : target_(std::move(target)) {
  std::filesystem::path parent = target_.parent_path();
  if (parent.empty()) parent = ".";
  std::filesystem::create_directories(parent);
  removeAbandonedPartials(target_);
  dir_ = parent / (stagingPrefix(target_) + std::to_string(::getpid()) + "-" + toHex(randomBytes(4)));
  std::filesystem::create_directory(dir_);
}

StagingArea::~StagingArea() {
  if (published_) return;
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

void StagingArea::publish() {
  syncDirectory(dir_);
  int rc = inspectTarget(target_) == TargetState::EmptyDirectory
               ? ::rename(dir_.c_str(), target_.c_str())
               : ::renameat2(AT_FDCWD, dir_.c_str(), AT_FDCWD, target_.c_str(), RENAME_NOREPLACE);
  if (rc != 0) {
    throw std::runtime_error("cannot move the finished export into " + target_.string() + ": " + std::strerror(errno));
  }
  published_ = true;
  std::filesystem::path parent = target_.parent_path();
  syncDirectory(parent.empty() ? std::filesystem::path(".") : parent);
}

}  // namespace concord::exporters
