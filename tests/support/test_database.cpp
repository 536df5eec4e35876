#include "test_database.h"

#include <pqxx/pqxx>

#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include "concord/core/hashing.h"
#include "store/migrator.h"

namespace concord::testing {

std::string TestDatabase::clusterUrl() {
  const char* dir = std::getenv("CONCORD_TEST_PG_DIR");
  if (!dir || !*dir) throw std::runtime_error("CONCORD_TEST_PG_DIR is not set: run the tests through ctest");
  std::ifstream in(std::string(dir) + "/url");
  std::string url;
  if (!std::getline(in, url) || url.empty()) {
    throw std::runtime_error(std::string("no PostgreSQL cluster running in ") + dir + " (pg_cluster_start fixture)");
  }
  return url;
}

TestDatabase::TestDatabase() {
  std::string admin = clusterUrl();
  name_ = "concord_test_" + toHex(randomBytes(6));
  {
    pqxx::connection conn(admin);
    pqxx::nontransaction tx(conn);
    tx.exec("CREATE DATABASE " + tx.quote_name(name_));
  }
  url_ = admin.substr(0, admin.rfind('/')) + "/" + name_;
  pqxx::connection conn(url_);
  store::migrate(conn);
}

TestDatabase::~TestDatabase() {
  try {
    pqxx::connection conn(clusterUrl());
    pqxx::nontransaction tx(conn);
    tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name_) + " WITH (FORCE)");
  } catch (const std::exception&) {
    // The cluster is thrown away at the end of the run anyway.
  }
}

}  // namespace concord::testing
