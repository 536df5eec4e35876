#pragma once
// Data leads clear quarantined cases: confirm false positives (recorded as export overrides),
// redact, or replace identifiers with consistent surrogates. Every review is audited.
#include <cstdint>
#include <string>

#include "concord/core/json.h"
#include "service/context.h"
#include "store/database.h"

namespace concord::service {

enum class PhiAction { FalsePositive, Redact, Surrogate };

class PhiReviewService {
 public:
  PhiReviewService(store::Database& db, std::string secret) : db_(db), secret_(std::move(secret)) {}

  /// {"items": [{"case_id", "external_id", "quarantined_at", "note_text", "findings": [...]}], "next_cursor"}.
  /// Showing the texts is a read of case content: audited per case.
  Json quarantine(const Principal& who, const std::string& projectSlug, const std::string& cursor, int limit,
                  const RequestMeta& meta);

  /// Clears a quarantined case with `action` and a reason; returns {"case_id", "status", "findings_closed"}.
  Json review(const Principal& who, std::int64_t caseId, PhiAction action, const std::string& reason,
              const RequestMeta& meta);

 private:
  store::Database& db_;
  std::string secret_;
};

}  // namespace concord::service
