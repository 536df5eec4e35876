#include "shard_writer.h"

#include <algorithm>
#include <cstdio>

#include "shard_file.h"

namespace concord::exporters {
namespace {

class JsonlShard final : public Shard {
 public:
  JsonlShard(const std::filesystem::path& path, Compression compression) : file_(path, compression) {}
  std::uint64_t add(const Sample& sample) override {
    file_.write(sample.json);
    file_.write("\n");
    return sample.json.size() + 1;
  }
  FileSummary close() override { return file_.close(); }

 private:
  ShardFile file_;
};

}  // namespace

ShardWriter::ShardWriter(std::filesystem::path root, ShardFormat format, Compression compression, ShardLimits limits)
    : root_(std::move(root)), format_(format), compression_(compression), limits_(limits) {}

ShardWriter::~ShardWriter() = default;

std::string ShardWriter::shardName(int index) const {
  char name[32];
  std::snprintf(name, sizeof name, "shard-%06d", index);
  std::string ext = format_ == ShardFormat::Jsonl ? std::string(jsonlExtension(compression_)) : ".tar";
  return name + ext;
}

std::unique_ptr<Shard> ShardWriter::openShard(const std::filesystem::path& path) {
  if (format_ == ShardFormat::WebDatasetTar) return openTarShard(path);
  return std::make_unique<JsonlShard>(path, compression_);
}

void ShardWriter::add(const std::string& split, const Sample& sample) {
  SplitState& state = splits_[split];
  bool full = state.open && ((limits_.records && state.current.records >= limits_.records) ||
                             (limits_.bytes && state.plainBytes >= limits_.bytes));
  if (full) closeShard(state);
  if (!state.open) {
    std::filesystem::create_directories(root_ / split);
    std::string relative = split + "/" + shardName(state.nextIndex++);
    state.open = openShard(root_ / relative);
    state.current = ShardInfo{split, relative, 0, 0, {}};
    state.plainBytes = 0;
  }
  state.plainBytes += state.open->add(sample);
  ++state.current.records;
}

void ShardWriter::closeShard(SplitState& state) {
  FileSummary summary = state.open->close();
  state.open.reset();
  state.current.bytes = summary.bytes;
  state.current.sha256 = summary.sha256;
  done_.push_back(state.current);
}

std::vector<ShardInfo> ShardWriter::finish() {
  for (auto& [name, state] : splits_) {
    if (state.open) closeShard(state);
    syncDirectory(root_ / name);
  }
  std::sort(done_.begin(), done_.end(), [](const ShardInfo& a, const ShardInfo& b) { return a.path < b.path; });
  return done_;
}

}  // namespace concord::exporters
