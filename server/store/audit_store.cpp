#include "store/audit_store.h"

#include "store/row_parsing.h"
#include "store/statements.h"

namespace concord::store {
namespace {

const StatementSet kStatements{
    {"audit_append",
     "INSERT INTO audit_log (actor_id, action, target_type, target_id, request_id, client_addr, detail) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)"},
};

}  // namespace

void appendAudit(pqxx::transaction_base& tx, const AuditEntry& entry) {
  NullableText actor(entry.actorId);
  tx.exec_prepared0("audit_append", actor.get(), entry.action, entry.targetType, entry.targetId, entry.requestId,
                    entry.clientAddr, entry.detail.dump());
}

}  // namespace concord::store
