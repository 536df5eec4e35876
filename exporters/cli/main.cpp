// concord-export: a thin shell over concord::exporters::runExport().
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "concord/exporters/command_line.h"
#include "concord/exporters/run_export.h"
#include "stderr_progress.h"

using namespace concord::exporters;

namespace {

void printSummary(const ExportResult& result) {
  std::cout << (result.dryRun ? "dry run: " : "") << result.records << " records";
  for (const auto& [split, count] : result.recordsPerSplit) std::cout << ", " << split << " " << count;
  std::cout << "\n";
  for (const auto& [reason, count] : result.excluded) std::cout << "left out: " << count << " " << reason << "\n";
  if (result.dryRun) return;
  if (result.alreadyPublished) {
    std::cout << result.outputDir.string() << " already holds this export (identical); left as it is\n";
  } else {
    std::cout << "written to " << result.outputDir.string() << "\n";
  }
  std::cout << "manifest sha256 " << result.manifestSha256 << ", export run " << result.runId << ", snapshot "
            << result.snapshotId << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    CommandLine line = parseCommandLine(args);
    if (line.help) {
      std::cout << usageText();
      return 0;
    }
    if (line.printSql) {
      std::cout << caseQuerySql(line.options) << "\n";
      return 0;
    }
    StderrProgress progress;
    printSummary(runExport(line.options, progress));
    return 0;
  } catch (const ExportError& e) {
    std::cerr << "concord-export: " << e.what() << "\n";
    return e.kind() == ExportErrorKind::BadOptions ? 2 : 1;
  } catch (const std::exception& e) {
    std::cerr << "concord-export: " << e.what() << "\n";
    return 1;
  }
}
