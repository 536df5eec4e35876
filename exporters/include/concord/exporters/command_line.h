#pragma once
// concord-export's command line, parsed into ExportOptions. Kept in the library so the messages
// for bad options are tested.
#include <string>
#include <vector>

#include "concord/exporters/export_options.h"

namespace concord::exporters {

struct CommandLine {
  ExportOptions options;
  bool help = false;
  bool printSql = false;  // print the case query as psql would run it, then stop (benchmarks)
};

/// Parses the arguments after the program name. Throws ExportError(BadOptions) naming the
/// offending argument; the options are also checked with validateOptions().
CommandLine parseCommandLine(const std::vector<std::string>& args);

std::string usageText();

}  // namespace concord::exporters
