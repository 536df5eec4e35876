#include "store/user_store.h"

#include "store/row_parsing.h"
#include "store/statements.h"

namespace concord::store {
namespace {

#define USER_COLUMNS "id, username, display_name, role, array_to_json(specialties)::text, password_hash, pseudonym, disabled"

const StatementSet kStatements{
    {"user_by_username", "SELECT " USER_COLUMNS " FROM users WHERE username = $1"},
    {"user_by_id", "SELECT " USER_COLUMNS " FROM users WHERE id = $1"},
    {"user_insert",
     "INSERT INTO users (username, display_name, role, specialties, password_hash) "
     "VALUES ($1, $2, $3, ARRAY(SELECT jsonb_array_elements_text($4::jsonb)), $5) RETURNING id"},
    {"user_list", "SELECT " USER_COLUMNS " FROM users WHERE id > $1 ORDER BY id LIMIT $2"},
    {"user_update",
     "UPDATE users SET display_name = $2, role = $3, specialties = ARRAY(SELECT jsonb_array_elements_text($4::jsonb)),"
     " disabled = $5, password_hash = $6, updated_at = now() WHERE id = $1"},
};

UserRecord toUser(const pqxx::row& r) {
  UserRecord u;
  u.id = r[0].as<std::int64_t>();
  u.username = r[1].as<std::string>();
  u.displayName = r[2].as<std::string>();
  u.role = r[3].as<std::string>();
  u.specialties = parseTextArrayJson(r[4].as<std::string>());
  u.passwordHash = r[5].as<std::string>();
  u.pseudonym = r[6].as<std::string>();
  u.disabled = r[7].as<bool>();
  return u;
}

std::optional<UserRecord> first(const pqxx::result& result) {
  if (result.empty()) return std::nullopt;
  return toUser(result[0]);
}

}  // namespace

std::optional<UserRecord> findUserByUsername(pqxx::transaction_base& tx, const std::string& username) {
  return first(tx.exec_prepared("user_by_username", username));
}

std::optional<UserRecord> findUserById(pqxx::transaction_base& tx, std::int64_t id) {
  return first(tx.exec_prepared("user_by_id", id));
}

std::int64_t insertUser(pqxx::transaction_base& tx, const UserRecord& user) {
  Json specialties = user.specialties;
  return tx.exec_prepared1("user_insert", user.username, user.displayName, user.role, specialties.dump(),
                           user.passwordHash)[0]
      .as<std::int64_t>();
}

std::vector<UserRecord> listUsers(pqxx::transaction_base& tx, std::int64_t afterId, int limit) {
  std::vector<UserRecord> out;
  for (const auto& r : tx.exec_prepared("user_list", afterId, limit)) out.push_back(toUser(r));
  return out;
}

bool updateUser(pqxx::transaction_base& tx, const UserRecord& user) {
  Json specialties = user.specialties;
  return tx.exec_prepared("user_update", user.id, user.displayName, user.role, specialties.dump(), user.disabled,
                          user.passwordHash)
             .affected_rows() == 1;
}

}  // namespace concord::store
