#include "store/migrator.h"

#include "concord/core/hashing.h"
#include "store/sql_script.h"

namespace concord::store {
namespace {

// Arbitrary constant: the advisory lock id all Concord migrators agree on.
constexpr long long kMigrationLock = 0x436f6e636f7264;  // "Concord"

void ensureTable(pqxx::connection& conn) {
  pqxx::work tx(conn);
  tx.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version integer PRIMARY KEY,"
      " file text NOT NULL,"
      " sha256 text NOT NULL,"
      " applied_at timestamptz NOT NULL DEFAULT now())");
  tx.commit();
}

}  // namespace

MigrationReport migrate(pqxx::connection& conn, const std::vector<EmbeddedMigration>& migrations) {
  ensureTable(conn);
  MigrationReport report;
  for (const auto& migration : migrations) {
    std::string file(migration.file);
    std::string checksum = sha256Hex(migration.sql);
    pqxx::work tx(conn);
    tx.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLock);
    auto existing = tx.exec_params("SELECT sha256 FROM schema_migrations WHERE version = $1", migration.version);
    if (!existing.empty()) {
      if (existing[0][0].as<std::string>() != checksum) {
        throw MigrationError(file, 0, "was changed after it was applied (checksum differs); add a new migration instead");
      }
      ++report.alreadyApplied;
      continue;  // tx rolls back: nothing written
    }
    for (const auto& statement : splitSqlScript(migration.sql)) {
      try {
        tx.exec(statement.text);
      } catch (const pqxx::sql_error& e) {
        std::string first = statement.text.substr(statement.text.find_first_not_of(" \t\r\n"));
        first = first.substr(0, first.find('\n'));
        throw MigrationError(file, statement.line, std::string(e.what()) + "  in statement: " + first);
      }
    }
    tx.exec_params("INSERT INTO schema_migrations (version, file, sha256) VALUES ($1, $2, $3)", migration.version,
                   file, checksum);
    tx.commit();
    report.applied.push_back(file);
  }
  return report;
}

}  // namespace concord::store
