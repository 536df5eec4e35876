#include "service/idempotency.h"

#include "service/errors.h"
#include "store/annotation_store.h"

namespace concord::service {

void requireIdempotencyKey(const std::string& key) {
  if (key.empty()) {
    throw ServiceError(ErrorKind::BadRequest, "idempotency-key-required", "Every write needs an Idempotency-Key header.");
  }
  if (key.size() > 200) {
    throw ServiceError(ErrorKind::BadRequest, "bad-idempotency-key", "The Idempotency-Key is too long.");
  }
}

std::optional<WriteResult> replayIfSeen(pqxx::transaction_base& tx, std::int64_t userId, const std::string& key,
                                        const std::string& fingerprint) {
  store::lockIdempotencyKey(tx, userId, key);
  auto previous = store::findIdempotency(tx, userId, key);
  if (!previous) return std::nullopt;
  if (previous->requestHash != fingerprint) {
    throw ServiceError(ErrorKind::Unprocessable, "idempotency-key-reused",
                       "This Idempotency-Key was already used with a different request.");
  }
  return WriteResult{previous->responseStatus, previous->responseBody, previous->responseEtag, true};
}

void rememberWrite(pqxx::transaction_base& tx, std::int64_t userId, const std::string& key,
                   const std::string& fingerprint, const WriteResult& result) {
  store::insertIdempotency(tx, userId, key, {fingerprint, result.status, result.body, result.etag});
}

}  // namespace concord::service
