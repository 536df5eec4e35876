#include "concord/exporters/command_line.h"

#include <cstdlib>
#include <functional>
#include <map>

#include "concord/exporters/run_export.h"

namespace concord::exporters {
namespace {

[[noreturn]] void bad(const std::string& message) {
  throw ExportError(ExportErrorKind::BadOptions, message + " (see concord-export --help)");
}

std::uint64_t parseCount(const std::string& name, const std::string& text) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 19) {
    bad(name + " needs a whole number >= 0, got '" + text + "'");
  }
  return std::strtoull(text.c_str(), nullptr, 10);
}

double parseFraction(const std::string& name, const std::string& text) {
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !(value >= 0.0 && value <= 1.0)) {
    bad(name + " needs a number between 0 and 1, got '" + text + "'");
  }
  return value;
}

}  // namespace

std::string usageText() {
  return R"(usage: concord-export --db URI --project SLUG|ID --out DIR [options]

Writes a training-ready export of a project's submitted annotations, read from one consistent
database snapshot, into DIR (published atomically; an existing different export is never replaced).

  --task T             classification (default), sft, preference, rubric, spans, multimodal
  --field ID           schema field to export (default: the first field of a kind the task takes)
  --split SPEC         per-patient splits, default train=0.8,validation=0.1,test=0.1
  --seed N             seed of the split salt and of the record order (default 0)
  --shard-bytes N      close a shard after N uncompressed bytes (default 268435456; 0 = no limit)
  --shard-records N    close a shard after N records (default 0 = no limit)
  --compression C      zstd (default for JSONL), gzip or none; multimodal tar shards: none
  --min-agreement X    leave out records whose agreement is below X (0..1)
  --adjudicated-only   only adjudicated cases
  --include-gold       include gold (quality-control) cases, left out by default
  --specialty S        only cases of specialty S
  --user NAME          who runs the export, recorded in export_runs
  --dry-run            read and count only; write and record nothing
  --print-sql          print the case query with its parameters filled in, and stop
  --help               this text

Exit status: 0 done, 1 export failed (message on stderr), 2 bad options.
)";
}

CommandLine parseCommandLine(const std::vector<std::string>& args) {
  CommandLine line;
  ExportOptions& o = line.options;
  std::map<std::string, std::function<void(const std::string&)>> valued = {
      {"--db", [&](const std::string& v) { o.databaseUrl = v; }},
      {"--project", [&](const std::string& v) { o.project = v; }},
      {"--out", [&](const std::string& v) { o.outputDir = v; }},
      {"--task",
       [&](const std::string& v) {
         auto task = parseTask(v);
         if (!task) bad("unknown --task '" + v + "': use classification, sft, preference, rubric, spans or multimodal");
         o.task = *task;
       }},
      {"--field", [&](const std::string& v) { o.fieldId = v; }},
      {"--split", [&](const std::string& v) { o.splitSpec = v; }},
      {"--seed", [&](const std::string& v) { o.seed = parseCount("--seed", v); }},
      {"--shard-bytes", [&](const std::string& v) { o.shardBytes = parseCount("--shard-bytes", v); }},
      {"--shard-records", [&](const std::string& v) { o.shardRecords = parseCount("--shard-records", v); }},
      {"--compression",
       [&](const std::string& v) {
         auto compression = parseCompression(v);
         if (!compression) bad("unknown --compression '" + v + "': use zstd, gzip or none");
         o.compression = *compression;
       }},
      {"--min-agreement", [&](const std::string& v) { o.minAgreement = parseFraction("--min-agreement", v); }},
      {"--specialty", [&](const std::string& v) { o.specialty = v; }},
      {"--user", [&](const std::string& v) { o.requestedByUsername = v; }},
  };
  std::map<std::string, std::function<void()>> flags = {
      {"--adjudicated-only", [&] { o.adjudicatedOnly = true; }},
      {"--include-gold", [&] { o.includeGold = true; }},
      {"--dry-run", [&] { o.dryRun = true; }},
      {"--print-sql", [&] { line.printSql = true; }},
      {"--help", [&] { line.help = true; }},
      {"-h", [&] { line.help = true; }},
  };
  bool shardBytesGiven = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string name = args[i];
    std::string value;
    bool inlineValue = false;
    if (auto eq = name.find('='); name.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      inlineValue = true;
    }
    if (auto flag = flags.find(name); flag != flags.end()) {
      if (inlineValue) bad(name + " takes no value");
      flag->second();
      continue;
    }
    auto option = valued.find(name);
    if (option == valued.end()) bad("unknown option '" + args[i] + "'");
    if (!inlineValue) {
      if (i + 1 >= args.size()) bad(name + " needs a value");
      value = args[++i];
    }
    if (name == "--shard-bytes") shardBytesGiven = true;
    option->second(value);
  }
  // --shard-records alone means "by records": the default byte limit would otherwise also apply.
  if (o.shardRecords > 0 && !shardBytesGiven) o.shardBytes = 0;
  if (line.help) return line;
  ExportOptions checked = o;
  checked.dryRun = checked.dryRun || line.printSql;  // printing the query needs no --out
  if (auto problem = validateOptions(checked); !problem.empty()) bad(problem);
  return line;
}

}  // namespace concord::exporters
