#include "concord/core/roles.h"

namespace concord {

std::optional<Role> parseRole(std::string_view text) {
  if (text == "clinician") return Role::Clinician;
  if (text == "data_lead") return Role::DataLead;
  if (text == "admin") return Role::Admin;
  return std::nullopt;
}

std::string_view roleName(Role role) {
  switch (role) {
    case Role::Clinician: return "clinician";
    case Role::DataLead: return "data_lead";
    case Role::Admin: return "admin";
  }
  return "clinician";
}

}  // namespace concord
