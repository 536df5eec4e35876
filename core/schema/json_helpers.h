#pragma once
// Small helpers shared by schema parsing, payload validation and case import: JSON pointers,
// type names for messages, whole-number reads. Internal to concord_core.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "concord/core/json.h"

namespace concord::detail {

/// `parent` + "/" + `key` with `~` and `/` escaped (RFC 6901). Ill-formed UTF-8 in `key` is
/// replaced so the pointer can always be serialised.
std::string childPointer(const std::string& parent, std::string_view key);
std::string childPointer(const std::string& parent, std::size_t index);

/// "a string", "a number", "true or false", "null", "a list", "an object" — for messages.
std::string describeType(const Json& value);

/// `value` as a whole number if it is a finite number without fraction (2 and 2.0 both count).
std::optional<long long> wholeNumber(const Json& value);

/// `value` as a finite double if it is a number (booleans are not numbers).
std::optional<double> finiteNumber(const Json& value);

/// `text` between double quotes, shortened and made valid UTF-8, for messages.
std::string quoteText(std::string_view text);

/// A number written the way a person expects: "3", "2.5".
std::string formatNumber(double value);

/// A double as JSON, written as an integer when it is one (so 2.0 and 2 serialise alike).
Json numberJson(double value);

}  // namespace concord::detail
