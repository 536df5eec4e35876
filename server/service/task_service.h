#pragma once
// The clinician's work loop: hand out the next case atomically, skip with a reason, flag PHI.
#include <cstdint>
#include <optional>
#include <string>

#include "concord/core/json.h"
#include "service/context.h"
#include "store/database.h"

namespace concord::service {

class TaskService {
 public:
  TaskService(store::Database& db, std::string secret) : db_(db), secret_(std::move(secret)) {}

  /// The caller's open assignment in the project if there is one, else a newly claimed case:
  /// {"case_id", "assignment_id", "resumed"}. Empty when nothing is left for the caller.
  /// Gold cases are mixed in at the project's gold rate.
  std::optional<Json> nextTask(const Principal& who, const std::string& projectSlug, const RequestMeta& meta);

  /// Skips an assigned case with a reason (1..500 characters); the slot goes to someone else.
  void skip(const Principal& who, std::int64_t caseId, const std::string& reason, const RequestMeta& meta);

  /// "Contains PHI": the case is quarantined for every clinician until a data lead clears it.
  void flagPhi(const Principal& who, std::int64_t caseId, const RequestMeta& meta);

 private:
  store::Database& db_;
  std::string secret_;
};

}  // namespace concord::service
