#include <archive.h>
#include <archive_entry.h>

#include <stdexcept>

#include "shard_file.h"
#include "shard_writer.h"

namespace concord::exporters {
namespace {

class TarShard final : public Shard {
 public:
  explicit TarShard(const std::filesystem::path& path) : file_(path, Compression::None), archive_(archive_write_new()) {
    if (!archive_) throw std::runtime_error("libarchive: out of memory");
    check(archive_write_set_format_ustar(archive_));
    check(archive_write_open(archive_, this, nullptr, &TarShard::writeCallback, nullptr));
  }
  ~TarShard() override {
    if (archive_) archive_write_free(archive_);
  }
  TarShard(const TarShard&) = delete;
  TarShard& operator=(const TarShard&) = delete;

  std::uint64_t add(const Sample& sample) override {
    std::uint64_t before = written_;
    // WebDataset groups files by the key before the first dot: media first, JSON beside them.
    for (const auto& medium : sample.media) addEntry(sample.key + "." + medium.extension, medium.bytes);
    addEntry(sample.key + ".json", sample.json);
    return written_ - before;
  }

  FileSummary close() override {
    check(archive_write_close(archive_));
    archive_write_free(archive_);
    archive_ = nullptr;
    return file_.close();
  }

 private:
  void addEntry(const std::string& name, const std::string& bytes) {
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.c_str());
    archive_entry_set_size(entry, static_cast<la_int64_t>(bytes.size()));
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_mtime(entry, 0, 0);
    archive_entry_set_uid(entry, 0);
    archive_entry_set_gid(entry, 0);
    int rc = archive_write_header(archive_, entry);
    archive_entry_free(entry);
    check(rc);
    if (!bytes.empty() && archive_write_data(archive_, bytes.data(), bytes.size()) < 0) check(ARCHIVE_FATAL);
  }

  void check(int rc) {
    if (rc < ARCHIVE_WARN) {
      throw std::runtime_error(std::string("libarchive: ") + (archive_ ? archive_error_string(archive_) : "error"));
    }
  }

  static la_ssize_t writeCallback(archive*, void* self, const void* buffer, size_t length) {
    auto* shard = static_cast<TarShard*>(self);
    try {
      shard->file_.write(std::string_view(static_cast<const char*>(buffer), length));
    } catch (const std::exception&) {
      return -1;
    }
    shard->written_ += length;
    return static_cast<la_ssize_t>(length);
  }

  ShardFile file_;
  archive* archive_;
  std::uint64_t written_ = 0;
};

}  // namespace

std::unique_ptr<Shard> openTarShard(const std::filesystem::path& path) { return std::make_unique<TarShard>(path); }

}  // namespace concord::exporters
