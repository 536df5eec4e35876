#pragma once
// Test data for exporter tests: a fresh database (real migrations), clinicians, a project, cases
// and submitted annotations, plus helpers that read an export back from disk.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "concord/core/json.h"
#include "concord/exporters/run_export.h"
#include "test_database.h"

namespace concord::testing {

class ExportFixture {
 public:
  explicit ExportFixture(const Json& schema, const std::string& slug = "export-test");
  ~ExportFixture();

  const std::string& url() const { return db_.url(); }
  std::int64_t projectId() const { return projectId_; }
  const std::string& slug() const { return slug_; }
  /// Clinicians "clin0".."clinN-1", created on first use.
  std::int64_t clinician(int index);
  std::string pseudonym(std::int64_t userId);

  /// Cases "case-<first>".., patient "patient-<i/2>", note "Fictional note <i>: ...".
  std::vector<std::int64_t> addCases(int count, const std::string& specialty = "cardiology");
  std::int64_t addCase(const std::string& externalId, const std::string& patientKey, const std::string& note,
                       const Json& content = Json::object());
  /// Assigns the case to the clinician and stores a submitted annotation.
  void submit(std::int64_t caseId, std::int64_t userId, const Json& payload, const Json& responseOrder = Json::array(),
              const std::string& status = "submitted");
  void adjudicate(std::int64_t caseId, const Json& finalPayload);
  void exec(const std::string& sql);
  std::string scalar(const std::string& sql);

  /// Export options for this project into `dir` (zstd classification by default).
  exporters::ExportOptions options(const std::filesystem::path& dir) const;

 private:
  TestDatabase db_;
  std::string slug_;
  std::int64_t projectId_ = 0;
  std::int64_t adjudicatorId_ = 0;
  std::map<int, std::int64_t> clinicians_;
  int nextCase_ = 0;
};

/// The decompressed content of a shard (.zst, .gz or plain).
std::string readShard(const std::filesystem::path& path);
/// Every JSON line of every shard listed in the export's manifest, in manifest order.
std::vector<Json> readRecords(const std::filesystem::path& exportDir);
Json readJson(const std::filesystem::path& path);
std::string readFile(const std::filesystem::path& path);
/// A fresh empty directory under the build tree.
std::filesystem::path scratchDir(const std::string& name);

}  // namespace concord::testing
