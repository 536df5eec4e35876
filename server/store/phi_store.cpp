#include "store/phi_store.h"

#include "store/row_parsing.h"
#include "store/statements.h"

namespace concord::store {
namespace {

const StatementSet kStatements{
    {"phi_finding_insert",
     "INSERT INTO phi_findings (case_id, source, field, start_offset, end_offset, category, flagged_by)"
     " VALUES ($1, $2, $3, $4::integer, $5::integer, $6, $7::bigint)"},
    {"case_quarantine",
     "UPDATE cases SET status = 'quarantined', quarantined_at = now() WHERE id = $1 AND status = 'ready'"},
};

}  // namespace

void insertPhiFinding(pqxx::transaction_base& tx, const PhiFindingRow& row) {
  NullableText start(row.start), end(row.end), by(row.flaggedBy);
  tx.exec_prepared0("phi_finding_insert", row.caseId, row.source, row.field, start.get(), end.get(), row.category,
                    by.get());
}

void quarantineCase(pqxx::transaction_base& tx, std::int64_t caseId) { tx.exec_prepared0("case_quarantine", caseId); }

}  // namespace concord::store
