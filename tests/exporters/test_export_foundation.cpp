// The foundation of concord-export: a classification export lands as JSONL shards plus a
// manifest whose per-shard counts, sizes and SHA-256 match the files; records match the
// database; publication is atomic and never replaces a different export; bad options and an
// empty project are refused with a clear message and nothing written.
#include <QtTest>

#include <fstream>
#include <set>

#include "concord/core/hashing.h"
#include "concord/exporters/command_line.h"
#include "concord/exporters/run_export.h"
#include "export_fixture.h"
#include "fixtures.h"

using namespace concord;
using namespace concord::exporters;
using concord::testing::ExportFixture;

namespace {

const Json kLabels[] = {"normal", "abnormal", "uncertain"};

// 12 cases, clinicians 0 and 1 on all, clinician 2 on every third: some unanimous, some split.
std::vector<std::int64_t> seedAnnotated(ExportFixture& f, int count = 12) {
  auto cases = f.addCases(count);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    f.submit(cases[i], f.clinician(0), {{"finding", kLabels[i % 3]}});
    f.submit(cases[i], f.clinician(1), {{"finding", kLabels[(i / 2) % 3]}});
    if (i % 3 == 0) f.submit(cases[i], f.clinician(2), {{"finding", kLabels[1]}});
  }
  return cases;
}

class RecordingProgress final : public ProgressSink {
 public:
  void report(const ExportProgress& progress) override { last = progress; }
  ExportProgress last;
};

ExportError expectExportError(const ExportOptions& options) {
  NullProgress progress;
  try {
    runExport(options, progress);
  } catch (const ExportError& e) {
    return e;
  }
  throw std::runtime_error("the export was expected to fail");
}

}  // namespace

class ExportFoundationTest : public QObject {
  Q_OBJECT
 private slots:
  void manifestMatchesTheFiles() {
    ExportFixture f(testing::choiceSchema());
    seedAnnotated(f);
    auto dir = testing::scratchDir("manifest") / "out";
    RecordingProgress progress;
    ExportResult result = runExport(f.options(dir), progress);
    QCOMPARE(result.records, std::uint64_t(12));
    QVERIFY(progress.last.done);
    QCOMPARE(progress.last.recordsWritten, std::uint64_t(12));
    QCOMPARE(progress.last.casesRead, std::uint64_t(12));
    QCOMPARE(progress.last.casesTotal, std::uint64_t(12));

    Json manifest = testing::readJson(dir / "manifest.json");
    QCOMPARE(manifest["task"].get<std::string>(), std::string("classification"));
    QCOMPARE(manifest["counts"]["records"].get<int>(), 12);
    std::uint64_t total = 0;
    std::set<std::string> listed;
    for (const auto& shard : manifest["shards"]) {
      auto path = dir / shard["path"].get<std::string>();
      QVERIFY2(std::filesystem::exists(path), path.c_str());
      std::string bytes = testing::readFile(path);
      QCOMPARE(static_cast<std::uint64_t>(bytes.size()), shard["bytes"].get<std::uint64_t>());
      QCOMPARE(sha256Hex(bytes), shard["sha256"].get<std::string>());
      std::string plain = testing::readShard(path);
      auto lines = static_cast<std::uint64_t>(std::count(plain.begin(), plain.end(), '\n'));
      QCOMPARE(lines, shard["records"].get<std::uint64_t>());
      QVERIFY(shard["path"].get<std::string>().rfind(shard["split"].get<std::string>() + "/shard-", 0) == 0);
      QVERIFY(shard["path"].get<std::string>().ends_with(".jsonl.zst"));
      total += lines;
      listed.insert(shard["path"].get<std::string>());
    }
    QCOMPARE(total, std::uint64_t(12));
    // The dataset card's YAML header maps each split to its shard files.
    std::string card = testing::readFile(dir / "README.md");
    QVERIFY(card.rfind("---\nconfigs:\n", 0) == 0 || card.rfind("---\npretty_name:", 0) == 0);
    std::string header = card.substr(0, card.find("\n---\n", 4));
    for (const auto& shard : manifest["shards"]) {
      QVERIFY(header.find("- split: " + shard["split"].get<std::string>()) != std::string::npos);
      QVERIFY(header.find("    - " + shard["path"].get<std::string>()) != std::string::npos);
    }
    QVERIFY(card.find("De-identification") != std::string::npos);
    QVERIFY(card.find("Intended use") != std::string::npos);
    // No file in the export that the manifest does not list (besides manifest and card).
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      if (!entry.is_regular_file()) continue;
      auto relative = std::filesystem::relative(entry.path(), dir).generic_string();
      QVERIFY2(relative == "manifest.json" || relative == "README.md" || listed.count(relative), relative.c_str());
    }
    // The run is recorded with the manifest's digest.
    std::string runSql = "SELECT status || ' ' || manifest_sha256 || ' ' || record_count FROM export_runs WHERE id = " +
                         std::to_string(result.runId);
    QCOMPARE(f.scalar(runSql), "succeeded " + sha256Hex(testing::readFile(dir / "manifest.json")) + " 12");
    QCOMPARE(result.manifestSha256, sha256Hex(testing::readFile(dir / "manifest.json")));
    // No staging directory is left beside the export.
    for (const auto& entry : std::filesystem::directory_iterator(dir.parent_path())) {
      QCOMPARE(entry.path().filename().string(), std::string("out"));
    }
  }

  void recordsMatchTheDatabase() {
    ExportFixture f(testing::choiceSchema());
    auto cases = seedAnnotated(f);
    f.adjudicate(cases[1], {{"finding", "uncertain"}});
    // Text that needs escaping survives the hot-path JSON writer.
    auto quoted = f.addCase("quoted", "patient-q", "He said \"stop\"\n\ttab \\ back — café ✓ \x01");
    f.submit(quoted, f.clinician(0), {{"finding", "normal"}});
    cases.push_back(quoted);
    auto dir = testing::scratchDir("records") / "out";
    NullProgress progress;
    runExport(f.options(dir), progress);
    auto records = testing::readRecords(dir);
    QCOMPARE(records.size(), cases.size());
    std::set<std::int64_t> seen;
    for (const auto& r : records) {
      std::int64_t id = r["case_id"].get<std::int64_t>();
      seen.insert(id);
      std::string idText = std::to_string(id);
      QCOMPARE(r["text"].get<std::string>(), f.scalar("SELECT note_text FROM cases WHERE id = " + idText));
      QCOMPARE(r["patient_key"].get<std::string>(), f.scalar("SELECT patient_key FROM cases WHERE id = " + idText));
      auto expectedAnnotators = Json::parse(f.scalar(
          "SELECT json_agg(u.pseudonym ORDER BY u.pseudonym) FROM annotations a JOIN users u ON u.id = a.user_id "
          "WHERE a.status = 'submitted' AND a.case_id = " + idText));
      QCOMPARE(r["annotators"], expectedAnnotators);
      QCOMPARE(r["num_annotators"].get<std::size_t>(), expectedAnnotators.size());
      QCOMPARE(r["schema_version"].get<int>(), 1);
      QCOMPARE(r["field"].get<std::string>(), std::string("finding"));
      // Soft label: each option's share of the votes, from the database.
      for (const auto& label : kLabels) {
        double votes = std::stod(f.scalar("SELECT count(*) FROM annotations WHERE status = 'submitted' AND case_id = " +
                                          idText + " AND payload->>'finding' = '" + label.get<std::string>() + "'"));
        QCOMPARE(r["soft_label"][label.get<std::string>()].get<double>(),
                 votes / static_cast<double>(expectedAnnotators.size()));
      }
      for (const auto& a : r["annotations"]) {
        QCOMPARE(a["label"].get<std::string>(),
                 f.scalar("SELECT a.payload->>'finding' FROM annotations a JOIN users u ON u.id = a.user_id "
                          "WHERE a.case_id = " + idText + " AND u.pseudonym = '" + a["annotator"].get<std::string>() + "'"));
      }
      if (id == cases[1]) {
        QCOMPARE(r["resolution"].get<std::string>(), std::string("adjudicated"));
        QCOMPARE(r["label"].get<std::string>(), std::string("uncertain"));
        QCOMPARE(r["adjudicated"].get<bool>(), true);
        QCOMPARE(r["adjudicator"].get<std::string>(), f.scalar("SELECT pseudonym FROM users WHERE username = 'lead'"));
      } else if (r["resolution"] == "unresolved") {
        QVERIFY(r["label"].is_null());  // a tie stays a tie, and the answers stay
        QCOMPARE(r["agreement"].get<double>(), 0.5);
      } else {
        std::map<std::string, int> counts;
        for (const auto& a : r["annotations"]) ++counts[a["label"].get<std::string>()];
        QVERIFY(counts[r["label"].get<std::string>()] * 2 > static_cast<int>(r["annotations"].size()));
      }
    }
    QCOMPARE(seen, std::set<std::int64_t>(cases.begin(), cases.end()));
    QVERIFY(!std::filesystem::exists(dir / "README.md") || testing::readFile(dir / "README.md").rfind("---\n", 0) == 0);
  }

  void existingDifferentExportIsNeverReplaced() {
    ExportFixture f(testing::choiceSchema());
    seedAnnotated(f);
    auto dir = testing::scratchDir("replace") / "out";
    NullProgress progress;
    runExport(f.options(dir), progress);
    std::string before = testing::readFile(dir / "manifest.json");

    // Same snapshot and options: nothing to do, the export stays.
    ExportResult again = runExport(f.options(dir), progress);
    QVERIFY(again.alreadyPublished);
    QCOMPARE(testing::readFile(dir / "manifest.json"), before);
    QCOMPARE(again.manifestSha256, sha256Hex(before));
    QCOMPARE(f.scalar("SELECT manifest_sha256 FROM export_runs WHERE id = " + std::to_string(again.runId)),
             sha256Hex(before));

    // Different options: refused, untouched.
    ExportOptions other = f.options(dir);
    other.seed = 8;
    auto error = expectExportError(other);
    QCOMPARE(error.kind(), ExportErrorKind::TargetExists);
    QVERIFY(std::string(error.what()).find("different export") != std::string::npos);
    QCOMPARE(testing::readFile(dir / "manifest.json"), before);

    // A directory with other files: refused before reading anything.
    auto occupied = testing::scratchDir("occupied");
    {
      std::ofstream(occupied / "notes.txt") << "mine";
    }
    QCOMPARE(expectExportError(f.options(occupied)).kind(), ExportErrorKind::TargetExists);
    QCOMPARE(testing::readFile(occupied / "notes.txt"), std::string("mine"));
    QCOMPARE(static_cast<int>(std::distance(std::filesystem::directory_iterator(occupied), {})), 1);

    // An empty directory is filled.
    auto empty = testing::scratchDir("empty");
    runExport(f.options(empty), progress);
    QVERIFY(std::filesystem::exists(empty / "manifest.json"));
  }

  void badOptionsAreRefusedClearly() {
    auto message = [](std::vector<std::string> args) {
      try {
        parseCommandLine(args);
      } catch (const ExportError& e) {
        if (e.kind() != ExportErrorKind::BadOptions) return std::string("wrong kind");
        return std::string(e.what());
      }
      return std::string("accepted");
    };
    std::vector<std::string> base = {"--db", "postgresql:///x", "--project", "p", "--out", "/tmp/x"};
    auto with = [&](std::vector<std::string> extra) {
      auto args = base;
      args.insert(args.end(), extra.begin(), extra.end());
      return message(args);
    };
    QCOMPARE(with({}), std::string("accepted"));
    QVERIFY(with({"--task", "summaries"}).find("unknown --task 'summaries'") != std::string::npos);
    QVERIFY(with({"--split", "train=0.7,test=0.2"}).find("add up to 1") != std::string::npos);
    QVERIFY(with({"--compression", "lz4"}).find("unknown --compression 'lz4'") != std::string::npos);
    QVERIFY(with({"--min-agreement", "1.5"}).find("between 0 and 1") != std::string::npos);
    QVERIFY(with({"--seed", "-3"}).find("--seed needs a whole number") != std::string::npos);
    QVERIFY(with({"--shard-bytes", "0"}).find("cannot both be 0") != std::string::npos);
    QVERIFY(with({"--task", "multimodal", "--compression", "zstd"}).find("uncompressed") != std::string::npos);
    QVERIFY(with({"--frobnicate"}).find("unknown option '--frobnicate'") != std::string::npos);
    QVERIFY(message({"--project", "p", "--out", "/tmp/x"}).find("--db") != std::string::npos);
    QVERIFY(message({"--db", "x", "--out", "/tmp/x"}).find("--project") != std::string::npos);
    QVERIFY(message({"--db", "x", "--project", "p"}).find("--out") != std::string::npos);
    QVERIFY(with({"--seed"}).find("--seed needs a value") != std::string::npos);
    // --shard-records alone switches the byte limit off.
    auto parsed = parseCommandLine({"--db", "x", "--project", "p", "--out", "/tmp/x", "--shard-records", "5"});
    QCOMPARE(parsed.options.shardBytes, std::uint64_t(0));
    QCOMPARE(parsed.options.shardRecords, std::uint64_t(5));
  }

  void badOptionsAgainstTheDatabaseWriteNothing() {
    ExportFixture f(testing::choiceSchema());
    seedAnnotated(f, 4);
    auto parent = testing::scratchDir("bad");
    auto dir = parent / "out";
    ExportOptions unknownProject = f.options(dir);
    unknownProject.project = "no-such-project";
    auto error = expectExportError(unknownProject);
    QCOMPARE(error.kind(), ExportErrorKind::NotFound);
    QVERIFY(std::string(error.what()).find("no-such-project") != std::string::npos);

    ExportOptions unknownField = f.options(dir);
    unknownField.fieldId = "diagnosis";
    QVERIFY(std::string(expectExportError(unknownField).what()).find("no field 'diagnosis'") != std::string::npos);

    ExportOptions wrongKind = f.options(dir);
    wrongKind.task = Task::Preference;
    error = expectExportError(wrongKind);
    QCOMPARE(error.kind(), ExportErrorKind::BadOptions);
    QVERIFY(std::string(error.what()).find("preference") != std::string::npos);

    ExportOptions unknownUser = f.options(dir);
    unknownUser.requestedByUsername = "nobody";
    QVERIFY(std::string(expectExportError(unknownUser).what()).find("no user 'nobody'") != std::string::npos);

    QVERIFY(!std::filesystem::exists(dir));
    QVERIFY(std::filesystem::is_empty(parent));
  }

  void emptyProjectIsRefusedAndNothingWritten() {
    ExportFixture f(testing::choiceSchema());
    f.addCases(3);  // no annotations
    f.exec("UPDATE cases SET status = 'quarantined' WHERE external_id = 'case-0'");
    auto parent = testing::scratchDir("empty-project");
    auto error = expectExportError(f.options(parent / "out"));
    QCOMPARE(error.kind(), ExportErrorKind::Empty);
    std::string text = error.what();
    QVERIFY2(text.find("nothing to export") != std::string::npos, text.c_str());
    QVERIFY2(text.find("2 not_annotated") != std::string::npos, text.c_str());
    QVERIFY2(text.find("1 quarantined") != std::string::npos, text.c_str());
    QVERIFY(std::filesystem::is_empty(parent));
    QCOMPARE(f.scalar("SELECT status FROM export_runs"), std::string("failed"));
  }

  void dryRunCountsAndWritesNothing() {
    ExportFixture f(testing::choiceSchema());
    seedAnnotated(f, 6);
    auto parent = testing::scratchDir("dry");
    ExportOptions options = f.options(parent / "out");
    options.dryRun = true;
    NullProgress progress;
    ExportResult result = runExport(options, progress);
    QVERIFY(result.dryRun);
    QCOMPARE(result.records, std::uint64_t(6));
    QVERIFY(std::filesystem::is_empty(parent));
    QCOMPARE(f.scalar("SELECT count(*) FROM export_runs"), std::string("0"));
  }
};

QTEST_GUILESS_MAIN(ExportFoundationTest)
#include "test_export_foundation.moc"
