#pragma once
// Registry of the store's named SQL statements. Each store file registers its statements at
// static-initialisation time; the pool prepares all of them on every new connection.
#include <string>
#include <utility>
#include <vector>

namespace concord::store {

struct NamedStatement {
  const char* name;
  const char* sql;
};

std::vector<NamedStatement>& statementRegistry();

/// Registers statements; used as `static const StatementSet kStatements{{...}};` in store files.
struct StatementSet {
  StatementSet(std::initializer_list<NamedStatement> statements) {
    for (const auto& s : statements) statementRegistry().push_back(s);
  }
};

}  // namespace concord::store
