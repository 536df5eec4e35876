#include "store/statements.h"

namespace concord::store {

std::vector<NamedStatement>& statementRegistry() {
  static std::vector<NamedStatement> registry;
  return registry;
}

}  // namespace concord::store
