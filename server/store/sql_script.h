#pragma once
// Splits a SQL script into statements, honouring quotes, dollar quoting and comments, so a
// failing migration can name the statement that failed.
#include <string>
#include <string_view>
#include <vector>

namespace concord::store {

struct SqlStatement {
  std::string text;
  int line = 1;  // line of the statement's first character within the script
};

std::vector<SqlStatement> splitSqlScript(std::string_view script);

}  // namespace concord::store
