#include "fixtures.h"

#include <pqxx/pqxx>

#include "service/admin_service.h"
#include "store/case_store.h"
#include "store/database.h"
#include "store/task_store.h"

namespace concord::testing {

std::int64_t seedUser(const std::string& dbUrl, const std::string& username, const std::string& role,
                      const std::vector<std::string>& specialties) {
  store::Database db(dbUrl, 1);
  return service::AdminService(db, "test-secret-0123456789abcdef").createUser({username, username, role, specialties, kTestPassword, 1000}, {"test", "local"});
}

Json choiceSchema() {
  return Json::parse(R"({"version": 1, "fields": [
    {"id": "finding", "kind": "single_choice", "label": "Finding", "required": true,
     "options": [{"value": "normal", "label": "Normal", "key": "1"},
                 {"value": "abnormal", "label": "Abnormal", "key": "2"},
                 {"value": "uncertain", "label": "Uncertain", "key": "3"}]}]})");
}

std::int64_t seedProject(const std::string& dbUrl, const std::string& slug, const Json& schema, int overlapK) {
  store::Database db(dbUrl, 1);
  return service::AdminService(db, "test-secret-0123456789abcdef").createProject({slug, slug, schema, overlapK, 0}, {"test", "local"});
}

std::vector<std::int64_t> seedCases(const std::string& dbUrl, std::int64_t projectId, int count,
                                    const std::string& specialty) {
  store::Database db(dbUrl, 1);
  auto conn = db.acquire();
  pqxx::work tx(*conn);
  std::vector<std::int64_t> ids;
  for (int i = 0; i < count; ++i) {
    store::CaseRecord c;
    c.projectId = projectId;
    c.externalId = "case-" + std::to_string(i);
    c.patientKey = "patient-" + std::to_string(i / 2);
    c.specialty = specialty;
    c.noteText = "Fictional note " + std::to_string(i) + ": chest pain on exertion, ECG unremarkable.";
    c.content = Json::object();
    ids.push_back(store::insertCaseIfAbsent(tx, c).first);
  }
  tx.commit();
  return ids;
}

void seedSubmittedAnnotation(const std::string& dbUrl, std::int64_t projectId, std::int64_t caseId,
                             std::int64_t userId, const Json& payload, const std::string& submittedAt,
                             const Json& responseOrder) {
  pqxx::connection conn(dbUrl);
  pqxx::work tx(conn);
  auto assignment = tx.exec_params1(
                          "INSERT INTO assignments (case_id, user_id, response_order, status) "
                          "VALUES ($1, $2, $3::jsonb, 'submitted') RETURNING id",
                          caseId, userId, responseOrder.dump())[0]
                        .as<std::int64_t>();
  tx.exec_params0(
      "INSERT INTO annotations (assignment_id, case_id, user_id, project_id, schema_version, status, payload, submitted_at)"
      " VALUES ($1, $2, $3, $4, 1, 'submitted', $5::jsonb, coalesce(NULLIF($6, '')::timestamptz, now()))",
      assignment, caseId, userId, projectId, payload.dump(), submittedAt);
  tx.commit();
}

void seedAssignment(const std::string& dbUrl, std::int64_t caseId, std::int64_t userId) {
  store::Database db(dbUrl, 1);
  auto conn = db.acquire();
  pqxx::work tx(*conn);
  store::insertAssignment(tx, caseId, userId, Json::array());
  store::countAssignment(tx, caseId);
  tx.commit();
}

}  // namespace concord::testing
