#pragma once
// Writes samples into size-limited shards, one folder per split: `<split>/shard-000000<ext>`.
// Records reach a split's shards in the order they are added; a shard is closed when it reaches
// the record or (uncompressed) byte limit, so the same input always gives the same files.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "concord/exporters/export_options.h"
#include "shard_file.h"

namespace concord::exporters {

struct MediaFile {
  std::string extension;  // "png", "jpg", "1.png" (WebDataset: everything after the key's dot)
  std::string bytes;
};

struct Sample {
  std::string key;   // WebDataset sample key (no dots); unused by JSONL
  std::string json;  // one JSON object, no trailing newline
  std::vector<MediaFile> media;
};

struct ShardInfo {
  std::string split;
  std::string path;  // relative to the export folder, '/'-separated
  std::uint64_t records = 0;
  std::uint64_t bytes = 0;
  std::string sha256;
};

struct ShardLimits {
  std::uint64_t bytes = 0;    // 0 = no limit
  std::uint64_t records = 0;  // 0 = no limit
};

/// One open shard file of a particular format.
class Shard {
 public:
  virtual ~Shard() = default;
  /// Appends a sample; returns the uncompressed bytes it added.
  virtual std::uint64_t add(const Sample& sample) = 0;
  virtual FileSummary close() = 0;
};

enum class ShardFormat { Jsonl, WebDatasetTar };

class ShardWriter {
 public:
  ShardWriter(std::filesystem::path root, ShardFormat format, Compression compression, ShardLimits limits);
  ~ShardWriter();
  ShardWriter(const ShardWriter&) = delete;
  ShardWriter& operator=(const ShardWriter&) = delete;

  void add(const std::string& split, const Sample& sample);
  /// Closes every open shard; the shards written, sorted by path.
  std::vector<ShardInfo> finish();

 private:
  struct SplitState {
    int nextIndex = 0;
    std::unique_ptr<Shard> open;
    ShardInfo current;
    std::uint64_t plainBytes = 0;
  };
  void closeShard(SplitState& state);
  std::unique_ptr<Shard> openShard(const std::filesystem::path& path);
  std::string shardName(int index) const;

  std::filesystem::path root_;
  ShardFormat format_;
  Compression compression_;
  ShardLimits limits_;
  std::map<std::string, SplitState> splits_;
  std::vector<ShardInfo> done_;
};

/// A WebDataset tar shard written with libarchive: ustar headers with mtime 0, owner 0:0, mode
/// 0644 and no user names, so equal samples give equal bytes.
std::unique_ptr<Shard> openTarShard(const std::filesystem::path& path);

}  // namespace concord::exporters
