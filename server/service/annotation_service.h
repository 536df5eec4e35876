#pragma once
// Writing one's own annotation of an assigned case: drafts and submissions, validated against
// the project schema, versioned (If-Match), idempotent (Idempotency-Key), audited.
#include <cstdint>
#include <optional>
#include <string>

#include "concord/core/json.h"
#include "service/context.h"
#include "service/idempotency.h"
#include "store/database.h"

namespace concord::service {

struct AnnotationWrite {
  std::int64_t caseId = 0;
  std::string idempotencyKey;         // required
  std::optional<std::string> ifMatch; // the ETag the client last saw
  std::string rawBody;                // exact request bytes (fingerprinted for replay)
  Json body;                          // {"status": "draft"|"submitted", "payload": {...}, "time_on_task_ms": n}
};

class AnnotationService {
 public:
  explicit AnnotationService(store::Database& db) : db_(db) {}

  WriteResult putAnnotation(const Principal& who, const AnnotationWrite& write, const RequestMeta& meta);

 private:
  store::Database& db_;
};

}  // namespace concord::service
