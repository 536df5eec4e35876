#include "concord/core/password_hash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <charconv>
#include <stdexcept>
#include <vector>

#include "concord/core/hashing.h"
#include "concord/core/json_escape.h"

namespace concord {
namespace {

constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

std::string derive(std::string_view password, std::string_view salt, int iterations) {
  std::string out(kHashBytes, '\0');
  if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                        reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                        iterations, EVP_sha256(), static_cast<int>(out.size()),
                        reinterpret_cast<unsigned char*>(out.data())) != 1) {
    throw std::runtime_error("PBKDF2 failed");
  }
  return out;
}

std::vector<std::string_view> splitDollar(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    auto pos = s.find('$', start);
    parts.push_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return parts;
}

}  // namespace

std::string hashPassword(std::string_view password, int iterations) {
  if (iterations < 1) throw std::invalid_argument("iterations must be positive");
  std::string salt = randomBytes(kSaltBytes);
  return std::string(kScheme) + "$" + std::to_string(iterations) + "$" + base64Encode(salt) + "$" +
         base64Encode(derive(password, salt, iterations));
}

bool verifyPassword(std::string_view password, std::string_view stored) {
  auto parts = splitDollar(stored);
  if (parts.size() != 4 || parts[0] != kScheme) return false;
  int iterations = 0;
  auto [ptr, ec] = std::from_chars(parts[1].data(), parts[1].data() + parts[1].size(), iterations);
  if (ec != std::errc() || ptr != parts[1].data() + parts[1].size() || iterations < 1) return false;
  std::string salt, expected;
  try {
    salt = base64Decode(parts[2]);
    expected = base64Decode(parts[3]);
  } catch (const std::invalid_argument&) {
    return false;
  }
  if (expected.size() != kHashBytes) return false;
  std::string actual = derive(password, salt, iterations);
  return CRYPTO_memcmp(actual.data(), expected.data(), kHashBytes) == 0;
}

std::string checkPasswordPolicy(std::string_view password) {
  if (!isValidUtf8(password)) return "the password is not valid UTF-8";
  std::size_t length = codePointCount(password);
  if (length < PasswordPolicy::kMinLength) {
    return "the password must have at least " + std::to_string(PasswordPolicy::kMinLength) + " characters";
  }
  if (password.size() > PasswordPolicy::kMaxLength) return "the password is too long";
  return {};
}

}  // namespace concord
