#include "store/session_store.h"

#include "store/statements.h"

namespace concord::store {
namespace {

const StatementSet kStatements{
    {"session_insert",
     "INSERT INTO sessions (token_hash, user_id, expires_at) "
     "VALUES (decode($1, 'hex'), $2, now() + make_interval(secs => $3))"},
    // Only touch last_seen_at when it is a few seconds old, so busy clients do not write on every call.
    {"session_touch",
     "WITH live AS ("
     "  SELECT s.token_hash, s.user_id, s.expires_at, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id"
     "  WHERE s.token_hash = decode($1, 'hex') AND s.revoked_at IS NULL AND s.expires_at > now()"
     "    AND s.last_seen_at > now() - make_interval(secs => $2) AND NOT u.disabled),"
     " touched AS ("
     "  UPDATE sessions SET last_seen_at = now() FROM live"
     "  WHERE sessions.token_hash = live.token_hash AND live.last_seen_at < now() - interval '5 seconds')"
     " SELECT user_id, to_json(expires_at)#>>'{}' FROM live"},
    {"session_revoke", "UPDATE sessions SET revoked_at = now() WHERE token_hash = decode($1, 'hex') AND revoked_at IS NULL"},
    {"session_revoke_user", "UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL"},
};

}  // namespace

void insertSession(pqxx::transaction_base& tx, const std::string& tokenHashHex, std::int64_t userId,
                   int absoluteSeconds) {
  tx.exec_prepared0("session_insert", tokenHashHex, userId, absoluteSeconds);
}

std::optional<SessionRecord> touchSession(pqxx::transaction_base& tx, const std::string& tokenHashHex,
                                          int idleSeconds) {
  auto result = tx.exec_prepared("session_touch", tokenHashHex, idleSeconds);
  if (result.empty()) return std::nullopt;
  return SessionRecord{result[0][0].as<std::int64_t>(), result[0][1].as<std::string>()};
}

void revokeSession(pqxx::transaction_base& tx, const std::string& tokenHashHex) {
  tx.exec_prepared0("session_revoke", tokenHashHex);
}

void revokeUserSessions(pqxx::transaction_base& tx, std::int64_t userId) {
  tx.exec_prepared0("session_revoke_user", userId);
}

}  // namespace concord::store
