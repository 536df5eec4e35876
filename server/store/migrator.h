#pragma once
// Applies the embedded schema/ migrations in order, each in its own transaction, recorded in
// schema_migrations. Concurrent migrators serialise on an advisory lock.
#include <pqxx/pqxx>

#include <stdexcept>
#include <string>
#include <vector>

#include "concord/schema_sql/migrations.h"

namespace concord::store {

class MigrationError : public std::runtime_error {
 public:
  MigrationError(std::string file, int statementLine, const std::string& message)
      : std::runtime_error(file + (statementLine > 0 ? ":" + std::to_string(statementLine) : std::string()) +
                           ": " + message),
        file_(std::move(file)),
        line_(statementLine) {}
  const std::string& file() const { return file_; }
  int line() const { return line_; }

 private:
  std::string file_;
  int line_;
};

struct MigrationReport {
  std::vector<std::string> applied;  // files applied by this run
  int alreadyApplied = 0;
};

/// Applies pending migrations from `migrations` (default: the embedded ones).
/// Throws MigrationError naming the file and the line of the failing statement; the failing
/// migration is rolled back entirely.
MigrationReport migrate(pqxx::connection& conn,
                        const std::vector<EmbeddedMigration>& migrations = embeddedMigrations());

}  // namespace concord::store
