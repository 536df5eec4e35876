#pragma once
// One output file of an export: bytes go through the chosen compressor (one zstd or gzip frame
// for the whole file), are hashed as they reach the disk, and are synced on close.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "concord/core/hashing.h"
#include "concord/exporters/export_options.h"

namespace concord::exporters {

struct FileSummary {
  std::uint64_t bytes = 0;  // on disk, after compression
  std::string sha256;       // of the bytes on disk
};

class StreamEncoder;

class ShardFile {
 public:
  ShardFile(const std::filesystem::path& path, Compression compression);
  ~ShardFile();
  ShardFile(const ShardFile&) = delete;
  ShardFile& operator=(const ShardFile&) = delete;

  void write(std::string_view data);
  /// Ends the compressed frame, writes everything out, fsyncs and closes.
  FileSummary close();

 private:
  void writeOut(std::string_view bytes);
  void flushBuffer();

  std::filesystem::path path_;
  int fd_ = -1;
  std::unique_ptr<StreamEncoder> encoder_;
  std::string buffer_;
  std::uint64_t bytes_ = 0;
  Sha256Stream hash_;
};

/// Writes a small file whole (README.md, manifest.json) and fsyncs it.
FileSummary writeWholeFile(const std::filesystem::path& path, std::string_view content);

/// fsync of a directory, so renames and new entries in it survive a crash.
void syncDirectory(const std::filesystem::path& dir);

/// The file-name ending for JSONL shards with this compression.
std::string_view jsonlExtension(Compression compression);

}  // namespace concord::exporters
