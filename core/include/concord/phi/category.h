#pragma once
// The HIPAA Safe Harbor identifier kinds that Concord detects in free text.
#include <array>
#include <optional>
#include <string_view>

namespace concord::phi {

enum class PhiCategory {
  Name,
  Date,
  Age,
  Phone,
  Fax,
  Email,
  Ssn,
  Mrn,
  Account,
  HealthPlan,
  License,
  Url,
  Ip,
  Address,
  Zip,
  Device,
  Vehicle,
};

/// Every category, in declaration order.
inline constexpr std::array<PhiCategory, 17> kAllCategories = {
    PhiCategory::Name,    PhiCategory::Date,       PhiCategory::Age,     PhiCategory::Phone,
    PhiCategory::Fax,     PhiCategory::Email,      PhiCategory::Ssn,     PhiCategory::Mrn,
    PhiCategory::Account, PhiCategory::HealthPlan, PhiCategory::License, PhiCategory::Url,
    PhiCategory::Ip,      PhiCategory::Address,    PhiCategory::Zip,     PhiCategory::Device,
    PhiCategory::Vehicle,
};

/// Stable lowercase name used in JSON, the database and reports ("name", "health_plan", ...).
std::string_view categoryName(PhiCategory category);

/// Inverse of categoryName; nullopt for an unknown name.
std::optional<PhiCategory> categoryFromName(std::string_view name);

}  // namespace concord::phi
