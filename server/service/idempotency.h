#pragma once
// The one Idempotency-Key mechanism for writes: a retry with the same key and request replays
// the first answer; the same key with another request is refused (422).
#include <pqxx/pqxx>

#include <cstdint>
#include <optional>
#include <string>

namespace concord::service {

/// What a write answered; stored with the key so a retry replays it.
struct WriteResult {
  int status = 200;  // 200 updated, 201 created (replays return the original status)
  std::string body;  // JSON text
  std::string etag;
  bool replayed = false;
};

/// Throws ServiceError (400) when the key is missing or longer than 200 characters.
void requireIdempotencyKey(const std::string& key);

/// Serialises writes carrying the same (user, key) until `tx` ends. Returns the stored answer
/// when this request was already served; throws ServiceError (422) when the key was used for a
/// request with another `fingerprint`.
std::optional<WriteResult> replayIfSeen(pqxx::transaction_base& tx, std::int64_t userId, const std::string& key,
                                        const std::string& fingerprint);

/// Records the answer in `tx`, so it commits with the write it describes.
void rememberWrite(pqxx::transaction_base& tx, std::int64_t userId, const std::string& key,
                   const std::string& fingerprint, const WriteResult& result);

}  // namespace concord::service
