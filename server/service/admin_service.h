#pragma once
// Bootstrap and administration: users, projects, case import, assignment.
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "concord/core/json.h"
#include "service/context.h"
#include "store/database.h"
#include "store/records.h"

namespace concord::service {

struct NewUser {
  std::string username;
  std::string displayName;
  std::string role;
  std::vector<std::string> specialties;
  std::string password;
  int kdfIterations = 0;  // 0: the default (OWASP strength)
};

struct NewProject {
  std::string slug;
  std::string name;
  Json annotationSchema;
  int overlapK = 2;
  double goldRate = 0;
};

struct ImportReport {
  std::int64_t inserted = 0;
  std::int64_t alreadyPresent = 0;
};

class AdminService {
 public:
  /// `secret` keys the per-assignment response order (see concord/cases/blinding.h).
  AdminService(store::Database& db, std::string secret) : db_(db), secret_(std::move(secret)) {}

  /// Throws ServiceError (422) for a bad role, username or password, (409) when the name is taken.
  std::int64_t createUser(const NewUser& user, const RequestMeta& meta, std::optional<std::int64_t> actor = {});
  std::int64_t createProject(const NewProject& project, const RequestMeta& meta, std::optional<std::int64_t> actor = {});

  std::vector<store::ProjectRecord> listProjects();
  std::optional<store::ProjectRecord> findProject(const std::string& slug);

  /// {"items": [users without password hashes], "next_cursor"}.
  Json listUsers(const std::string& cursor, int limit);

  /// Applies a JSON patch-like object {display_name?, role?, specialties?, disabled?, password?}.
  /// Disabling a user revokes all their sessions at once. Returns the user as JSON.
  Json updateUser(std::int64_t userId, const Json& patch, const Principal& actor, const RequestMeta& meta);

  /// Gives each ready case of the project to `overlap_k` clinicians, round robin over the
  /// named clinicians (bootstrap and demo use; the live workflow uses next-task).
  std::int64_t assignRoundRobin(const std::string& projectSlug, const std::vector<std::string>& clinicians);

 private:
  store::Database& db_;
  std::string secret_;
};

/// A user as the API shows it (never the password hash).
Json userJson(const store::UserRecord& user);

/// The presentation order of a case's candidate responses for one clinician: unpredictable
/// without the server secret, stable for the same (case, clinician).
Json responseOrderFor(const std::string& secret, std::int64_t caseId, std::int64_t userId, int responses);

}  // namespace concord::service
