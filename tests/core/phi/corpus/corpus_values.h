#pragma once
// Lists the corpus draws fictional values and clinical wording from.
#include <span>
#include <string_view>

namespace concord::phi::corpus::values {

extern const std::span<const std::string_view> kGivenNames;
extern const std::span<const std::string_view> kFamilyNames;
extern const std::span<const std::string_view> kMiddleInitials;
extern const std::span<const std::string_view> kStreetNames;
extern const std::span<const std::string_view> kStreetNameOrdinals;
extern const std::span<const std::string_view> kStreetSuffixes;
extern const std::span<const std::string_view> kDirections;
extern const std::span<const std::string_view> kUnits;
extern const std::span<const std::string_view> kCities;
extern const std::span<const std::string_view> kStateCodes;
extern const std::span<const std::string_view> kEmailDomains;
extern const std::span<const std::string_view> kHosts;
extern const std::span<const std::string_view> kHospitals;

}  // namespace concord::phi::corpus::values
