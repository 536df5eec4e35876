#include "service/admin_service.h"

#include "concord/cases/blinding.h"
#include "concord/core/hashing.h"
#include "concord/core/password_hash.h"
#include "concord/core/roles.h"
#include "concord/schema/annotation_schema.h"
#include "service/errors.h"
#include "store/audit_store.h"
#include "store/case_store.h"
#include "store/project_store.h"
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
