#pragma once
// Patient keys from a source system are never stored: import replaces them by a keyed pseudonym.
#include <string>
#include <cstddef>
#include <string_view>

namespace concord::phi {

/// Minimum length of the server secret, in bytes (128 bits).
inline constexpr std::size_t kMinPseudonymKeyBytes = 16;

/// HMAC-SHA256(secretKey, sourceKey) as 64 lowercase hex characters. The same source key always
/// gives the same pseudonym under one secret; without the secret the mapping cannot be redone.
/// Throws std::invalid_argument if the secret is shorter than kMinPseudonymKeyBytes or the
/// source key is empty.
std::string pseudonymizePatientKey(std::string_view secretKey, std::string_view sourceKey);

}  // namespace concord::phi
