#pragma once
#include <pqxx/pqxx>

#include "store/records.h"

namespace concord::store {

std::optional<UserRecord> findUserByUsername(pqxx::transaction_base& tx, const std::string& username);
std::optional<UserRecord> findUserById(pqxx::transaction_base& tx, std::int64_t id);
/// Inserts a user; returns its id. Throws pqxx::unique_violation when the username exists.
std::int64_t insertUser(pqxx::transaction_base& tx, const UserRecord& user);

/// Users after `afterId` by id, at most `limit`.
std::vector<UserRecord> listUsers(pqxx::transaction_base& tx, std::int64_t afterId, int limit);

/// Writes the editable columns of `user` (display name, role, specialties, disabled, password
/// hash). Returns false when no such user exists.
bool updateUser(pqxx::transaction_base& tx, const UserRecord& user);

}  // namespace concord::store
