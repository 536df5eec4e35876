#include "shard_file.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace concord::exporters {
namespace {

constexpr std::size_t kBufferBytes = 1 << 20;
constexpr int kZstdLevel = 3;
constexpr int kGzipLevel = 6;

[[noreturn]] void throwIo(const std::string& what, const std::filesystem::path& path) {
  throw std::runtime_error(what + " " + path.string() + ": " + std::strerror(errno));
}

void writeAll(int fd, std::string_view bytes, const std::filesystem::path& path) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throwIo("cannot write", path);
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace

// Turns plain bytes into the file's bytes, appending its output to `out`.
class StreamEncoder {
 public:
  virtual ~StreamEncoder() = default;
  virtual void encode(std::string_view data, std::string& out) = 0;
  virtual void finish(std::string& out) = 0;
};

namespace {

class PlainEncoder final : public StreamEncoder {
 public:
  void encode(std::string_view data, std::string& out) override { out.append(data); }
  void finish(std::string&) override {}
};

// One zstd frame for the whole file, single-threaded so the output is deterministic.
class ZstdEncoder final : public StreamEncoder {
 public:
  ZstdEncoder() : ctx_(ZSTD_createCCtx()) {
    if (!ctx_) throw std::runtime_error("zstd: out of memory");
    ZSTD_CCtx_setParameter(ctx_, ZSTD_c_compressionLevel, kZstdLevel);
    ZSTD_CCtx_setParameter(ctx_, ZSTD_c_checksumFlag, 1);
  }
  ~ZstdEncoder() override { ZSTD_freeCCtx(ctx_); }
  ZstdEncoder(const ZstdEncoder&) = delete;
  ZstdEncoder& operator=(const ZstdEncoder&) = delete;

  void encode(std::string_view data, std::string& out) override {
    ZSTD_inBuffer in{data.data(), data.size(), 0};
    while (in.pos < in.size) run(in, ZSTD_e_continue, out);
  }
  void finish(std::string& out) override {
    ZSTD_inBuffer in{nullptr, 0, 0};
    while (run(in, ZSTD_e_end, out) != 0) {
    }
  }

 private:
  std::size_t run(ZSTD_inBuffer& in, ZSTD_EndDirective mode, std::string& out) {
    chunk_.resize(ZSTD_CStreamOutSize());
    ZSTD_outBuffer output{chunk_.data(), chunk_.size(), 0};
    std::size_t left = ZSTD_compressStream2(ctx_, &output, &in, mode);
    if (ZSTD_isError(left)) throw std::runtime_error(std::string("zstd: ") + ZSTD_getErrorName(left));
    out.append(chunk_.data(), output.pos);
    return left;
  }
  ZSTD_CCtx* ctx_;
  std::string chunk_;
};

// One gzip member; zlib writes mtime 0 and no file name, so equal input gives equal bytes.
class GzipEncoder final : public StreamEncoder {
 public:
  GzipEncoder() {
    std::memset(&stream_, 0, sizeof stream_);
    if (deflateInit2(&stream_, kGzipLevel, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
      throw std::runtime_error("gzip: cannot initialise zlib");
    }
  }
  ~GzipEncoder() override { deflateEnd(&stream_); }
  GzipEncoder(const GzipEncoder&) = delete;
  GzipEncoder& operator=(const GzipEncoder&) = delete;

  void encode(std::string_view data, std::string& out) override {
    stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream_.avail_in = static_cast<uInt>(data.size());
    do {
      run(Z_NO_FLUSH, out);
    } while (stream_.avail_in > 0);
  }
  void finish(std::string& out) override {
    stream_.next_in = nullptr;
    stream_.avail_in = 0;
    while (run(Z_FINISH, out) != Z_STREAM_END) {
    }
  }

 private:
  int run(int flush, std::string& out) {
    chunk_.resize(1 << 16);
    stream_.next_out = reinterpret_cast<Bytef*>(chunk_.data());
    stream_.avail_out = static_cast<uInt>(chunk_.size());
    int rc = deflate(&stream_, flush);
    if (rc == Z_STREAM_ERROR) throw std::runtime_error("gzip: deflate failed");
    out.append(chunk_.data(), chunk_.size() - stream_.avail_out);
    return rc;
  }
  z_stream stream_;
  std::string chunk_;
};

std::unique_ptr<StreamEncoder> makeEncoder(Compression compression) {
  switch (compression) {
    case Compression::Zstd:
      return std::make_unique<ZstdEncoder>();
    case Compression::Gzip:
      return std::make_unique<GzipEncoder>();
    case Compression::None:
      break;
  }
  return std::make_unique<PlainEncoder>();
}

}  // namespace

ShardFile::ShardFile(const std::filesystem::path& path, Compression compression)
    : path_(path), encoder_(makeEncoder(compression)) {
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd_ < 0) throwIo("cannot create", path);
  buffer_.reserve(kBufferBytes + (1 << 17));
}

ShardFile::~ShardFile() {
  if (fd_ >= 0) ::close(fd_);
}

void ShardFile::write(std::string_view data) {
  encoder_->encode(data, buffer_);
  if (buffer_.size() >= kBufferBytes) flushBuffer();
}

void ShardFile::flushBuffer() {
  writeOut(buffer_);
  buffer_.clear();
}

void ShardFile::writeOut(std::string_view bytes) {
  writeAll(fd_, bytes, path_);
  hash_.update(bytes);
  bytes_ += bytes.size();
}

FileSummary ShardFile::close() {
  encoder_->finish(buffer_);
  flushBuffer();
  if (::fsync(fd_) != 0) throwIo("cannot sync", path_);
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) throwIo("cannot close", path_);
  return {bytes_, hash_.finishHex()};
}

FileSummary writeWholeFile(const std::filesystem::path& path, std::string_view content) {
  ShardFile file(path, Compression::None);
  file.write(content);
  return file.close();
}

void syncDirectory(const std::filesystem::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throwIo("cannot open directory", dir);
  int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) throwIo("cannot sync directory", dir);
}

std::string_view jsonlExtension(Compression compression) {
  switch (compression) {
    case Compression::Zstd:
      return ".jsonl.zst";
    case Compression::Gzip:
      return ".jsonl.gz";
    case Compression::None:
      break;
  }
  return ".jsonl";
}

}  // namespace concord::exporters
