#pragma once
// Salted, slow password hashing (PBKDF2-HMAC-SHA256), parameters stored beside each hash.
#include <string>
#include <string_view>

namespace concord {

struct PasswordPolicy {
  static constexpr std::size_t kMinLength = 12;
  static constexpr std::size_t kMaxLength = 1024;
};

/// OWASP Password Storage Cheat Sheet (2023+) figure for PBKDF2-HMAC-SHA256.
inline constexpr int kDefaultPbkdf2Iterations = 600000;

/// Returns "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>".
std::string hashPassword(std::string_view password, int iterations = kDefaultPbkdf2Iterations);

/// Constant-time verification against a string produced by hashPassword.
/// Returns false (never throws) for malformed stored strings.
bool verifyPassword(std::string_view password, std::string_view stored);

/// Empty when acceptable, otherwise a message a person understands.
std::string checkPasswordPolicy(std::string_view password);

}  // namespace concord
