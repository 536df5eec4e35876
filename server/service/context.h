#pragma once
// Who is asking, and from where: what every service call needs for authorization and audit.
#include <cstdint>
#include <string>
#include <vector>

#include "concord/core/roles.h"

namespace concord::service {

struct Principal {
  std::int64_t userId = 0;
  std::string username;
  Role role = Role::Clinician;
  std::vector<std::string> specialties;
};

struct RequestMeta {
  std::string requestId;
  std::string clientAddr;
};

}  // namespace concord::service
