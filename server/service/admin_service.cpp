#include "service/admin_service.h"

#include "concord/cases/blinding.h"
#include "concord/core/hashing.h"
#include "concord/core/password_hash.h"
#include "concord/core/roles.h"
#include "concord/schema/annotation_schema.h"
#include "service/cursor.h"
#include "service/errors.h"
#include "store/audit_store.h"
#include "store/case_store.h"
#include "store/project_store.h"
#include "store/session_store.h"
#include "store/task_store.h"
#include "store/user_store.h"

namespace concord::service {

std::int64_t AdminService::createUser(const NewUser& user, const RequestMeta& meta, std::optional<std::int64_t> actor) {
  if (!parseRole(user.role)) {
    throw ServiceError(ErrorKind::Unprocessable, "invalid-role", "role must be clinician, data_lead or admin.");
  }
  if (std::string problem = checkPasswordPolicy(user.password); !problem.empty()) {
    throw ServiceError(ErrorKind::Unprocessable, "weak-password", problem + ".");
  }
  store::UserRecord record;
  record.username = user.username;
  record.displayName = user.displayName;
  record.role = user.role;
  record.specialties = user.specialties;
  record.passwordHash = user.kdfIterations > 0 ? hashPassword(user.password, user.kdfIterations) : hashPassword(user.password);
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  std::int64_t id = 0;
  try {
    id = store::insertUser(tx, record);
  } catch (const pqxx::unique_violation&) {
    throw ServiceError(ErrorKind::Conflict, "username-taken", "That username is taken.");
  } catch (const pqxx::check_violation&) {
    throw ServiceError(ErrorKind::Unprocessable, "invalid-username",
                       "A username has 1 to 64 letters, digits, dots, dashes, underscores or @.");
  }
  store::appendAudit(tx, {actor, "user.create", "user", std::to_string(id), meta.requestId, meta.clientAddr,
                          Json{{"role", user.role}}});
  tx.commit();
  return id;
}

std::int64_t AdminService::createProject(const NewProject& project, const RequestMeta& meta,
                                         std::optional<std::int64_t> actor) {
  AnnotationSchema schema = [&] {
    try {
      return AnnotationSchema::parse(project.annotationSchema);
    } catch (const SchemaError& e) {
      throw ServiceError(ErrorKind::Unprocessable, "invalid-schema", e.what(), Json{{"path", e.path()}});
    }
  }();
  store::ProjectRecord record;
  record.slug = project.slug;
  record.name = project.name;
  record.annotationSchema = schema.toJson();
  record.schemaVersion = schema.version();
  record.overlapK = project.overlapK;
  record.goldRate = project.goldRate;
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  std::int64_t id = 0;
  try {
    id = store::insertProject(tx, record);
  } catch (const pqxx::unique_violation&) {
    throw ServiceError(ErrorKind::Conflict, "project-exists", "A project with that slug exists.");
  } catch (const pqxx::check_violation&) {
    throw ServiceError(ErrorKind::Unprocessable, "invalid-project",
                       "The slug must be lowercase letters, digits and dashes; overlap 1..50; gold rate 0..1.");
  }
  store::appendAudit(tx, {actor, "project.create", "project", std::to_string(id), meta.requestId, meta.clientAddr, {}});
  tx.commit();
  return id;
}

std::vector<store::ProjectRecord> AdminService::listProjects() {
  auto conn = db_.acquire();
  pqxx::read_transaction tx(*conn);
  return store::listProjects(tx);
}

std::optional<store::ProjectRecord> AdminService::findProject(const std::string& slug) {
  auto conn = db_.acquire();
  pqxx::read_transaction tx(*conn);
  return store::findProjectBySlug(tx, slug);
}

Json userJson(const store::UserRecord& user) {
  return {{"id", user.id},           {"username", user.username},       {"display_name", user.displayName},
          {"role", user.role},       {"specialties", user.specialties}, {"disabled", user.disabled},
          {"pseudonym", user.pseudonym}};
}

Json AdminService::listUsers(const std::string& cursor, int limit) {
  std::int64_t after = parseIdCursor(cursor);
  auto conn = db_.acquire();
  pqxx::read_transaction tx(*conn);
  auto users = store::listUsers(tx, after, limit + 1);
  Json items = Json::array();
  for (std::size_t i = 0; i < users.size() && static_cast<int>(i) < limit; ++i) items.push_back(userJson(users[i]));
  Json next = static_cast<int>(users.size()) > limit ? Json(std::to_string(users[static_cast<std::size_t>(limit) - 1].id)) : Json();
  return {{"items", items}, {"next_cursor", next}};
}

Json AdminService::updateUser(std::int64_t userId, const Json& patch, const Principal& actor, const RequestMeta& meta) {
  auto invalid = [](const std::string& path, const std::string& message) {
    return ServiceError(ErrorKind::Unprocessable, "invalid-request", message,
                        Json{{"errors", Json::array({{{"path", path}, {"message", message}}})}});
  };
  if (!patch.is_object()) throw invalid("", "The body must be a JSON object.");
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  auto user = store::findUserById(tx, userId);
  if (!user) throw ServiceError(ErrorKind::NotFound, "not-found", "No such user.");
  Json changed = Json::array();
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    const std::string& key = it.key();
    const Json& v = it.value();
    if (key == "display_name") {
      if (!v.is_string() || v.get<std::string>().size() > 200) throw invalid("/display_name", "A name of at most 200 bytes.");
      user->displayName = v.get<std::string>();
    } else if (key == "role") {
      if (!v.is_string() || !parseRole(v.get<std::string>())) throw invalid("/role", "role must be clinician, data_lead or admin.");
      if (user->id == actor.userId && v.get<std::string>() != "admin") throw invalid("/role", "You cannot remove your own admin role.");
      user->role = v.get<std::string>();
    } else if (key == "specialties") {
      if (!v.is_array()) throw invalid("/specialties", "specialties must be a list of strings.");
      user->specialties.clear();
      for (const auto& sp : v) {
        if (!sp.is_string() || sp.get<std::string>().empty()) throw invalid("/specialties", "specialties must be non-empty strings.");
        user->specialties.push_back(sp.get<std::string>());
      }
    } else if (key == "disabled") {
      if (!v.is_boolean()) throw invalid("/disabled", "disabled must be true or false.");
      if (user->id == actor.userId && v.get<bool>()) throw invalid("/disabled", "You cannot disable yourself.");
      user->disabled = v.get<bool>();
    } else if (key == "password") {
      if (!v.is_string()) throw invalid("/password", "password must be a string.");
      if (std::string problem = checkPasswordPolicy(v.get<std::string>()); !problem.empty()) throw invalid("/password", problem + ".");
      user->passwordHash = hashPassword(v.get<std::string>());
    } else {
      throw invalid("/" + key, "Unknown member \"" + key + "\".");
    }
    changed.push_back(key);
  }
  store::updateUser(tx, *user);
  if (user->disabled || patch.contains("password")) store::revokeUserSessions(tx, user->id);
  store::appendAudit(tx, {actor.userId, "user.update", "user", std::to_string(user->id), meta.requestId, meta.clientAddr,
                          Json{{"changed", changed}}});
  tx.commit();
  return userJson(*user);
}

Json responseOrderFor(const std::string& secret, std::int64_t caseId, std::int64_t userId, int responses) {
  if (responses <= 0) return Json::array();
  std::string material = hmacSha256Hex(secret, "response-order:" + std::to_string(caseId) + ":" + std::to_string(userId));
  return Json(concord::responseOrderFor(material, static_cast<std::size_t>(responses)));
}

std::int64_t AdminService::assignRoundRobin(const std::string& projectSlug, const std::vector<std::string>& clinicians) {
  auto conn = db_.acquire();
  pqxx::work tx(*conn);
  auto project = store::findProjectBySlug(tx, projectSlug);
  if (!project) throw ServiceError(ErrorKind::NotFound, "not-found", "No project " + projectSlug + ".");
  std::vector<std::int64_t> userIds;
  for (const auto& name : clinicians) {
    auto user = store::findUserByUsername(tx, name);
    if (!user || user->role != "clinician") {
      throw ServiceError(ErrorKind::Unprocessable, "not-a-clinician", name + " is not a clinician.");
    }
    userIds.push_back(user->id);
  }
  if (userIds.empty()) return 0;
  std::size_t next = 0;
  std::int64_t created = 0;
  int k = std::min<int>(project->overlapK, static_cast<int>(userIds.size()));
  for (std::int64_t caseId : store::listProjectCaseIds(tx, project->id, "ready")) {
    auto c = store::findCase(tx, caseId);
    for (int i = 0; i < k; ++i) {
      std::int64_t user = userIds[next++ % userIds.size()];
      if (store::insertAssignment(tx, caseId, user, responseOrderFor(secret_, caseId, user, store::responseCount(*c)))) {
        store::countAssignment(tx, caseId);
        ++created;
      }
    }
  }
  tx.commit();
  return created;
}

}  // namespace concord::service
