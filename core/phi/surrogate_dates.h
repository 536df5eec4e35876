#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace concord::phi::detail {

/// `date` (any form the detector finds: "03/14/2023", "2023-03-14", "March 14th, 2023",
/// "14-Mar-23", "03/2023", "on 3/14") moved by `days`, written in the same layout: same
/// separators, zero padding, month-word style and case. nullopt if it cannot be read.
std::optional<std::string> shiftDate(std::string_view date, int days);

}  // namespace concord::phi::detail
