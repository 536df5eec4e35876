#pragma once
// The numbered SQL migrations of schema/, embedded at build time, in order.
#include <string_view>
#include <vector>

namespace concord {

struct EmbeddedMigration {
  int version;             // the file's number, e.g. 1 for 0001_foundation.sql
  std::string_view file;   // e.g. "0001_foundation.sql"
  std::string_view sql;
};

const std::vector<EmbeddedMigration>& embeddedMigrations();

}  // namespace concord
