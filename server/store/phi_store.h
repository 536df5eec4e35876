#pragma once
#include <pqxx/pqxx>

#include <optional>

#include "store/records.h"

namespace concord::store {

struct PhiFindingRow {
  std::int64_t caseId = 0;
  std::string source;    // import | clinician_flag | export_scan
  std::string field;     // e.g. "note_text", "conversation/messages/0/content"
  std::optional<int> start;
  std::optional<int> end;
  std::string category;  // a concord::phi category name, or "flagged"
  std::optional<std::int64_t> flaggedBy;
};

void insertPhiFinding(pqxx::transaction_base& tx, const PhiFindingRow& row);
/// Moves a ready case to quarantine (no effect on a case already quarantined or retired).
void quarantineCase(pqxx::transaction_base& tx, std::int64_t caseId);

}  // namespace concord::store
