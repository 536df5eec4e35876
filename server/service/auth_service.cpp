#include "service/auth_service.h"

#include "concord/core/hashing.h"
#include "concord/core/password_hash.h"
#include "service/errors.h"
#include "store/audit_store.h"
#include "store/session_store.h"
#include "store/user_store.h"

namespace concord::service {
namespace {

// Verified when the username does not exist, so both paths cost the same time.
const std::string& dummyHash() {
  static const std::string hash = hashPassword("concord-dummy-password");
  return hash;
}

Principal toPrincipal(const store::UserRecord& user) {
  return Principal{user.id, user.username, parseRole(user.role).value_or(Role::Clinician), user.specialties};
}

}  // namespace

AuthService::AuthService(store::Database& db, SessionPolicy policy)
    : db_(db), policy_(policy), limiter_(5, 50, std::chrono::minutes(15)) {}

LoginResult AuthService::login(const std::string& username, const std::string& password, const RequestMeta& meta) {
  if (auto wait = limiter_.retryAfter(username, meta.clientAddr)) {
    throw ServiceError(ErrorKind::TooManyRequests, "login-rate-limited",
                       "Too many failed logins. Try again later.")
        .withRetryAfter(*wait);
  }
  std::optional<store::UserRecord> user;
  {
    auto conn = db_.acquire();
    pqxx::read_transaction tx(*conn);
    user = store::findUserByUsername(tx, username);
  }
  // The slow hash runs without holding a database connection.
  bool ok = verifyPassword(password, user ? user->passwordHash : dummyHash()) && user && !user->disabled;

  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  if (!ok) {
    limiter_.recordFailure(username, meta.clientAddr);
    store::appendAudit(tx, {user ? std::optional(user->id) : std::nullopt, "login.failed", "user",
                            user ? std::to_string(user->id) : "", meta.requestId, meta.clientAddr,
                            Json{{"reason", user && user->disabled ? "disabled" : "bad_credentials"}}});
    tx.commit();
    throw ServiceError(ErrorKind::Unauthenticated, "invalid-credentials", "Unknown username or wrong password.");
  }
  limiter_.recordSuccess(username);
  std::string token = base64UrlEncode(randomBytes(32));
  store::insertSession(tx, sha256Hex(token), user->id, policy_.absoluteSeconds);
  store::appendAudit(tx, {user->id, "login", "user", std::to_string(user->id), meta.requestId, meta.clientAddr, {}});
  auto session = store::touchSession(tx, sha256Hex(token), policy_.idleSeconds);
  tx.commit();
  return LoginResult{token, session ? session->expiresAt : "", toPrincipal(*user)};
}

std::optional<Principal> AuthService::authenticate(const std::string& bearerToken) {
  if (bearerToken.empty() || bearerToken.size() > 256) return std::nullopt;
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  auto session = store::touchSession(tx, sha256Hex(bearerToken), policy_.idleSeconds);
  if (!session) return std::nullopt;
  auto user = store::findUserById(tx, session->userId);
  tx.commit();
  if (!user || user->disabled) return std::nullopt;
  return toPrincipal(*user);
}

void AuthService::logout(const std::string& bearerToken, const Principal& who, const RequestMeta& meta) {
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  store::revokeSession(tx, sha256Hex(bearerToken));
  store::appendAudit(tx, {who.userId, "logout", "user", std::to_string(who.userId), meta.requestId, meta.clientAddr, {}});
  tx.commit();
}

}  // namespace concord::service
