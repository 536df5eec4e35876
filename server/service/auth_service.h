#pragma once
// Log in, authenticate bearer tokens, log out. Tokens are 256 random bits; only their SHA-256
// is stored. Sessions expire after 30 minutes idle and 12 hours absolute.
#include <optional>
#include <string>

#include "service/context.h"
#include "service/login_rate_limiter.h"
#include "store/database.h"

namespace concord::service {

struct LoginResult {
  std::string token;
  std::string expiresAt;
  Principal principal;
};

struct SessionPolicy {
  int idleSeconds = 30 * 60;
  int absoluteSeconds = 12 * 60 * 60;
};

class AuthService {
 public:
  AuthService(store::Database& db, SessionPolicy policy = {});

  /// Throws ServiceError: Unauthenticated for bad credentials or a disabled account (one
  /// message for both), TooManyRequests with Retry-After when rate-limited.
  LoginResult login(const std::string& username, const std::string& password, const RequestMeta& meta);

  /// The principal of a live bearer token; empty for unknown, expired, revoked or disabled.
  std::optional<Principal> authenticate(const std::string& bearerToken);

  void logout(const std::string& bearerToken, const Principal& who, const RequestMeta& meta);

 private:
  store::Database& db_;
  SessionPolicy policy_;
  LoginRateLimiter limiter_;
};

}  // namespace concord::service
