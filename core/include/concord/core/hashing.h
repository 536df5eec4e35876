#pragma once
// Cryptographic helpers used across Concord: digests, keyed pseudonyms, random tokens.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// SHA-256 of `data`, as 64 lowercase hex characters.
std::string sha256Hex(std::string_view data);

/// Raw 32-byte SHA-256 digest.
std::string sha256Raw(std::string_view data);

/// HMAC-SHA256(key, data) as lowercase hex.
std::string hmacSha256Hex(std::string_view key, std::string_view data);

/// `count` bytes from the operating system's CSPRNG. Throws std::runtime_error on failure.
std::string randomBytes(std::size_t count);

/// Lowercase hex of arbitrary bytes.
std::string toHex(std::string_view bytes);

/// URL-safe base64 without padding (RFC 4648 §5).
std::string base64UrlEncode(std::string_view bytes);

/// Standard base64 with padding.
std::string base64Encode(std::string_view bytes);
/// Decodes standard base64; throws std::invalid_argument on malformed input.
std::string base64Decode(std::string_view text);

/// Incremental SHA-256, for hashing files while they are written.
class Sha256Stream {
 public:
  Sha256Stream();
  ~Sha256Stream();
  Sha256Stream(const Sha256Stream&) = delete;
  Sha256Stream& operator=(const Sha256Stream&) = delete;
  void update(std::string_view data);
  /// Finishes the digest; the stream must not be updated afterwards.
  std::string finishHex();

 private:
  void* ctx_;
};

}  // namespace concord
