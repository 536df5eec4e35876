#pragma once
// A fresh database per test on the throwaway cluster started by the CTest fixture
// (deploy/pg-local.sh start $CONCORD_TEST_PG_DIR), built from the real schema/ migrations and
// dropped at the end.
#include <string>

namespace concord::testing {

class TestDatabase {
 public:
  TestDatabase();
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& url() const { return url_; }
  const std::string& name() const { return name_; }
  /// The cluster's maintenance URL (database "postgres").
  static std::string clusterUrl();

 private:
  std::string name_;
  std::string url_;
};

}  // namespace concord::testing
