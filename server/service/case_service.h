#pragma once
// What clinicians read: their assignment queue and the cases assigned to them (blinded).
#include <cstdint>
#include <string>

#include "concord/core/json.h"
#include "service/context.h"
#include "store/database.h"

namespace concord::service {

struct CaseView {
  Json body;         // the case as the caller may see it
  std::string etag;  // of the caller's annotation, empty when none
};

class CaseService {
 public:
  explicit CaseService(store::Database& db) : db_(db) {}

  /// {"items": [...], "next_cursor": "..."|null}. `cursor` is opaque (from a previous page).
  Json listAssignments(const Principal& who, const std::string& cursor, int limit);

  /// The case with its project's schema and the caller's own annotation. A case not assigned to
  /// the caller is NotFound (its existence is not revealed); the refusal is audited.
  CaseView getCase(const Principal& who, std::int64_t caseId, const RequestMeta& meta);

  struct Medium {
    std::string mimeType;
    std::string bytes;
  };
  /// An image or audio file of a case: for the case's assignees (while the case is ready) and
  /// for data leads and admins. Anyone else gets NotFound; every read is audited.
  Medium getMedium(const Principal& who, std::int64_t caseId, std::int64_t mediumId, const RequestMeta& meta);

 private:
  store::Database& db_;
};

/// The ETag of an annotation version: a quoted string, e.g. "\"v3\"".
std::string annotationEtag(int version);

}  // namespace concord::service
