// concord-phi: PHI findings, redaction or surrogates for JSONL notes.
//   concord-phi [--redact | --surrogate --seed S] [FILE]     (standard input without FILE)
#include <charconv>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

#include "phi_jsonl.h"

namespace {

constexpr const char* kUsage =
    "usage: concord-phi [--redact | --surrogate --seed S] [FILE]\n"
    "Reads JSONL {\"id\", \"text\", \"patient\"?} from FILE or standard input and writes one JSON line per\n"
    "input line: {\"id\", \"findings\": [{\"start\", \"end\", \"category\"}]} (Unicode code-point offsets),\n"
    "or with --redact {\"id\", \"text\"} with each finding replaced by [CATEGORY], or with --surrogate\n"
    "{\"id\", \"text\"} with fictional values, consistent per \"patient\" for a given --seed.\n"
    "Exit status: 0 if every line was processed, 1 if some line was malformed, 2 on usage or file errors.\n";

int usageError(const std::string& message) {
  std::cerr << "concord-phi: " << message << "\n" << kUsage;
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using concord::phi::cli::Mode;
  concord::phi::cli::Options options;
  bool seedGiven = false;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--redact") {
      options.mode = Mode::Redact;
    } else if (arg == "--surrogate") {
      options.mode = Mode::Surrogate;
    } else if (arg == "--seed") {
      if (++i >= argc) return usageError("--seed needs a value");
      const char* begin = argv[i];
      const char* end = begin + std::strlen(begin);
      const auto [ptr, ec] = std::from_chars(begin, end, options.seed);
      if (ec != std::errc() || ptr != end) return usageError("--seed must be a non-negative integer");
      seedGiven = true;
    } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
      return usageError("unknown option " + arg);
    } else if (path.empty()) {
      path = arg;
    } else {
      return usageError("more than one input file");
    }
  }
  if (options.mode == Mode::Surrogate && !seedGiven) return usageError("--surrogate needs --seed S");
  if (seedGiven && options.mode != Mode::Surrogate) return usageError("--seed only applies to --surrogate");

  std::ifstream file;
  if (!path.empty() && path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return usageError("cannot open " + path);
  }
  std::istream& input = file.is_open() ? static_cast<std::istream&>(file) : std::cin;
  std::ios::sync_with_stdio(false);
  bool anyFailed = false;
  std::string line;
  long lineNumber = 0;
  while (std::getline(input, line)) {
    ++lineNumber;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines carry no record
    bool failed = false;
    std::cout << concord::phi::cli::processLine(line, options, failed) << '\n';
    if (failed) {
      std::cerr << "concord-phi: line " << lineNumber << " is malformed\n";
      anyFailed = true;
    }
  }
  std::cout.flush();
  if (!std::cout) return 2;
  return anyFailed ? 1 : 0;
}
