#pragma once
#include <pqxx/pqxx>

#include "store/records.h"

namespace concord::store {

/// Stores a session keyed by the SHA-256 (hex) of its bearer token.
void insertSession(pqxx::transaction_base& tx, const std::string& tokenHashHex, std::int64_t userId,
                   int absoluteSeconds);
/// Returns the session's user when the token is live (not revoked, within the absolute and idle
/// limits) and slides its idle window; empty otherwise.
std::optional<SessionRecord> touchSession(pqxx::transaction_base& tx, const std::string& tokenHashHex,
                                          int idleSeconds);
void revokeSession(pqxx::transaction_base& tx, const std::string& tokenHashHex);
void revokeUserSessions(pqxx::transaction_base& tx, std::int64_t userId);

}  // namespace concord::store
