#pragma once
#include <pqxx/pqxx>

#include "store/records.h"

namespace concord::store {

/// Appends one row to the append-only audit log (within the caller's transaction, so the
/// audit row commits or rolls back with the action it records).
void appendAudit(pqxx::transaction_base& tx, const AuditEntry& entry);

}  // namespace concord::store
