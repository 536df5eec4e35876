#include "store/project_store.h"

#include "store/statements.h"

namespace concord::store {
namespace {

#define PROJECT_COLUMNS "id, slug, name, annotation_schema::text, schema_version, overlap_k, gold_rate"

const StatementSet kStatements{
    {"project_insert",
     "INSERT INTO projects (slug, name, annotation_schema, schema_version, overlap_k, gold_rate) "
     "VALUES ($1, $2, $3::jsonb, $4, $5, $6) RETURNING id"},
    {"project_by_slug", "SELECT " PROJECT_COLUMNS " FROM projects WHERE slug = $1"},
    {"project_by_id", "SELECT " PROJECT_COLUMNS " FROM projects WHERE id = $1"},
    {"project_list", "SELECT " PROJECT_COLUMNS " FROM projects ORDER BY slug"},
};

ProjectRecord toProject(const pqxx::row& r) {
  ProjectRecord p;
  p.id = r[0].as<std::int64_t>();
  p.slug = r[1].as<std::string>();
  p.name = r[2].as<std::string>();
  p.annotationSchema = Json::parse(r[3].as<std::string>());
  p.schemaVersion = r[4].as<int>();
  p.overlapK = r[5].as<int>();
  p.goldRate = r[6].as<double>();
  return p;
}

std::optional<ProjectRecord> first(const pqxx::result& result) {
  if (result.empty()) return std::nullopt;
  return toProject(result[0]);
}

}  // namespace

std::int64_t insertProject(pqxx::transaction_base& tx, const ProjectRecord& project) {
  return tx.exec_prepared1("project_insert", project.slug, project.name, project.annotationSchema.dump(),
                           project.schemaVersion, project.overlapK, project.goldRate)[0]
      .as<std::int64_t>();
}

std::optional<ProjectRecord> findProjectBySlug(pqxx::transaction_base& tx, const std::string& slug) {
  return first(tx.exec_prepared("project_by_slug", slug));
}

std::optional<ProjectRecord> findProjectById(pqxx::transaction_base& tx, std::int64_t id) {
  return first(tx.exec_prepared("project_by_id", id));
}

std::vector<ProjectRecord> listProjects(pqxx::transaction_base& tx) {
  std::vector<ProjectRecord> out;
  for (const auto& r : tx.exec_prepared("project_list")) out.push_back(toProject(r));
  return out;
}

}  // namespace concord::store
