#pragma once
// The one error type of the agreement statistics: input the statistics cannot use.
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace concord::agreement {

class AgreementError : public std::runtime_error {
public:
    // ratingIndex names the offending rating (its position in the input) when there is one,
    // so a front end can point at the line it came from.
    explicit AgreementError(const std::string& message, std::optional<std::size_t> ratingIndex = std::nullopt)
        : std::runtime_error(message), ratingIndex_(ratingIndex) {}
    std::optional<std::size_t> ratingIndex() const { return ratingIndex_; }

private:
    std::optional<std::size_t> ratingIndex_;
};

}  // namespace concord::agreement
