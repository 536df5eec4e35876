#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace concord {

enum class Role { Clinician, DataLead, Admin };

std::optional<Role> parseRole(std::string_view text);
std::string_view roleName(Role role);

}  // namespace concord
