#include "concord/phi/category.h"

namespace concord::phi {

std::string_view categoryName(PhiCategory category) {
  switch (category) {
    case PhiCategory::Name: return "name";
    case PhiCategory::Date: return "date";
    case PhiCategory::Age: return "age";
    case PhiCategory::Phone: return "phone";
    case PhiCategory::Fax: return "fax";
    case PhiCategory::Email: return "email";
    case PhiCategory::Ssn: return "ssn";
    case PhiCategory::Mrn: return "mrn";
    case PhiCategory::Account: return "account";
    case PhiCategory::HealthPlan: return "health_plan";
    case PhiCategory::License: return "license";
    case PhiCategory::Url: return "url";
    case PhiCategory::Ip: return "ip";
    case PhiCategory::Address: return "address";
    case PhiCategory::Zip: return "zip";
    case PhiCategory::Device: return "device";
    case PhiCategory::Vehicle: return "vehicle";
  }
  return "unknown";
}

std::optional<PhiCategory> categoryFromName(std::string_view name) {
  for (PhiCategory c : kAllCategories) {
    if (categoryName(c) == name) return c;
  }
  return std::nullopt;
}

}  // namespace concord::phi
