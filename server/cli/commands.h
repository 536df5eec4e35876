#pragma once
// The subcommands of concord-server. Each returns a process exit code.
#include <map>
#include <string>
#include <vector>

namespace concord::cli {

/// Parsed "--name value" options; repeated names keep every value; "--flag" alone is "true".
struct Options {
  std::map<std::string, std::vector<std::string>> values;
  std::string get(const std::string& name, const std::string& fallback = "") const;
  std::vector<std::string> all(const std::string& name) const;
  bool has(const std::string& name) const { return values.count(name) > 0; }
  /// The value or a clear error (throws std::invalid_argument naming the option).
  std::string required(const std::string& name) const;
};

/// Throws std::invalid_argument for an unknown option or a missing value.
Options parseOptions(int argc, char** argv, int first, const std::vector<std::string>& valueOptions,
                     const std::vector<std::string>& flagOptions);

int runMigrate(int argc, char** argv);
int runServe(int argc, char** argv);
int runCreateUser(int argc, char** argv);
int runCreateProject(int argc, char** argv);
int runAssign(int argc, char** argv);
int runImportCases(int argc, char** argv);
int runLoadDemo(int argc, char** argv);

}  // namespace concord::cli
