#pragma once
#include <pqxx/pqxx>

#include "store/records.h"

namespace concord::store {

std::int64_t insertProject(pqxx::transaction_base& tx, const ProjectRecord& project);
std::optional<ProjectRecord> findProjectBySlug(pqxx::transaction_base& tx, const std::string& slug);
std::optional<ProjectRecord> findProjectById(pqxx::transaction_base& tx, std::int64_t id);

std::vector<ProjectRecord> listProjects(pqxx::transaction_base& tx);

}  // namespace concord::store
