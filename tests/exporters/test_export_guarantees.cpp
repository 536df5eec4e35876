// The export's guarantees: reproducible bytes, patient-disjoint and stable splits, shard limits,
// compression, exclusions and duplicates counted, one consistent snapshot while clinicians keep
// writing, the PHI gate, cancellation, and a kill in the middle leaving the output untouched.
#include <QtTest>

#include <pqxx/pqxx>
#include <signal.h>

#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <thread>

#include "concord/core/hashing.h"
#include "concord/exporters/run_export.h"
#include "concord/phi/detector.h"
#include "export_fixture.h"
#include "fixtures.h"

using namespace concord;
using namespace concord::exporters;
using concord::testing::ExportFixture;

namespace {


// `count` cases, each with clinician 0's and clinician 1's answer, seeded in bulk.
void seedBulk(ExportFixture& f, int count) {
  auto a = f.clinician(0);
  auto b = f.clinician(1);
  auto cases = f.addCases(count);
  std::string first = std::to_string(cases.front());
  std::string last = std::to_string(cases.back());
  for (auto user : {a, b}) {
    std::string u = std::to_string(user);
    f.exec("INSERT INTO assignments (case_id, user_id, status) SELECT id, " + u +
           ", 'submitted' FROM cases WHERE id BETWEEN " + first + " AND " + last);
    f.exec("INSERT INTO annotations (assignment_id, case_id, user_id, project_id, schema_version, status, payload) "
           "SELECT s.id, s.case_id, s.user_id, c.project_id, 1, 'submitted', "
           "jsonb_build_object('finding', (ARRAY['normal','abnormal','uncertain'])[1 + (s.case_id + " + u +
           ") % 3]) FROM assignments s JOIN cases c ON c.id = s.case_id WHERE s.user_id = " + u +
           " AND s.case_id BETWEEN " + first + " AND " + last);
  }
}

std::map<std::string, std::string> filesOf(const std::filesystem::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files[std::filesystem::relative(entry.path(), dir).generic_string()] =
        testing::readFile(entry.path());
  }
  return files;
}

Json withoutCreated(Json manifest) {
  manifest.erase("created");
  return manifest;
}

ExportResult exportTo(const ExportOptions& options) {
  NullProgress progress;
  return runExport(options, progress);
}

ExportError expectExportError(const ExportOptions& options, ProgressSink& progress) {
  try {
    runExport(options, progress);
  } catch (const ExportError& e) {
    return e;
  }
  throw std::runtime_error("the export was expected to fail");
}

// Commits changes from another connection once the export is streaming.
class WriterDuringExport final : public ProgressSink {
 public:
  WriterDuringExport(ExportFixture& f, std::int64_t newCase) : f_(f), newCase_(newCase) {}
  void report(const ExportProgress& progress) override {
    if (fired_ || progress.done) return;
    fired_ = true;
    f_.submit(newCase_, f_.clinician(0), {{"finding", "abnormal"}});
    f_.exec("UPDATE annotations SET payload = '{\"finding\": \"uncertain\"}', version = version + 1");
    f_.exec("UPDATE cases SET status = 'quarantined' WHERE external_id = 'case-599'");
    f_.exec("INSERT INTO phi_findings (case_id, source, category) SELECT id, 'clinician_flag', 'name' FROM cases "
            "WHERE external_id = 'case-598'");
    f_.exec("INSERT INTO cases (project_id, external_id, patient_key, note_text) SELECT project_id, 'late', 'p-late', "
            "'late case' FROM cases LIMIT 1");
  }
  bool fired() const { return fired_; }

 private:
  ExportFixture& f_;
  std::int64_t newCase_;
  bool fired_ = false;
};

class CancelAfterFirstReport final : public ProgressSink {
 public:
  void report(const ExportProgress&) override { reported_ = true; }
  bool cancelRequested() const override { return reported_; }

 private:
  bool reported_ = false;
};

}  // namespace

class ExportGuaranteesTest : public QObject {
  Q_OBJECT
 private slots:
  void sameSnapshotOptionsAndSeedGiveIdenticalBytes() {
    ExportFixture f(testing::choiceSchema());
    seedBulk(f, 300);
    for (auto compression : {Compression::Zstd, Compression::Gzip, Compression::None}) {
      auto root = testing::scratchDir("repro");
      ExportOptions options = f.options(root / "one");
      options.compression = compression;
      options.shardRecords = 40;
      exportTo(options);
      options.outputDir = root / "two";
      exportTo(options);
      auto one = filesOf(root / "one");
      auto two = filesOf(root / "two");
      QVERIFY(one.size() > 5);
      QCOMPARE(one.size(), two.size());
      for (const auto& [path, bytes] : one) {
        if (path == "manifest.json") continue;
        QVERIFY2(two.count(path) && two[path] == bytes, path.c_str());
      }
      QCOMPARE(withoutCreated(Json::parse(one["manifest.json"])), withoutCreated(Json::parse(two["manifest.json"])));
    }
    // Another seed shuffles differently.
    auto root = testing::scratchDir("reseed");
    ExportOptions options = f.options(root / "a");
    exportTo(options);
    options.seed = 8;
    options.outputDir = root / "b";
    exportTo(options);
    QVERIFY(testing::readFile(root / "a" / "train" / "shard-000000.jsonl.zst") !=
            testing::readFile(root / "b" / "train" / "shard-000000.jsonl.zst"));
  }

  void splitsArePatientDisjointAndStableAsDataGrows() {
    ExportFixture f(testing::choiceSchema());
    seedBulk(f, 300);  // 150 patients, two cases each
    auto root = testing::scratchDir("splits");
    exportTo(f.options(root / "before"));
    std::map<std::string, std::string> splitOf;
    std::set<std::string> splits;
    for (const auto& r : testing::readRecords(root / "before")) {
      auto patient = r["patient_key"].get<std::string>();
      auto split = r["split"].get<std::string>();
      splits.insert(split);
      auto [it, inserted] = splitOf.emplace(patient, split);
      QVERIFY2(inserted || it->second == split, patient.c_str());
    }
    QCOMPARE(splitOf.size(), std::size_t(150));
    QCOMPARE(splits, (std::set<std::string>{"test", "train", "validation"}));
    // The shard folder agrees with the record's split.
    Json manifest = testing::readJson(root / "before" / "manifest.json");
    for (const auto& shard : manifest["shards"]) {
      std::istringstream lines(testing::readShard(root / "before" / shard["path"].get<std::string>()));
      for (std::string line; std::getline(lines, line);) {
        QCOMPARE(Json::parse(line)["split"].get<std::string>(), shard["split"].get<std::string>());
      }
    }
    // More data: new patients and new cases of known patients. Known patients keep their split.
    seedBulk(f, 100);
    auto extra = f.addCase("extra", "patient-3", "A different fictional note about ankle swelling.");
    f.submit(extra, f.clinician(0), {{"finding", "normal"}});
    exportTo(f.options(root / "after"));
    int known = 0;
    for (const auto& r : testing::readRecords(root / "after")) {
      auto found = splitOf.find(r["patient_key"].get<std::string>());
      if (found == splitOf.end()) continue;
      ++known;
      QCOMPARE(r["split"].get<std::string>(), found->second);
    }
    QCOMPARE(known, 301);
  }

  void shardsRespectTheLimits() {
    ExportFixture f(testing::choiceSchema());
    seedBulk(f, 120);
    auto root = testing::scratchDir("limits");
    ExportOptions byRecords = f.options(root / "records");
    byRecords.shardRecords = 7;
    byRecords.shardBytes = 0;
    byRecords.compression = Compression::None;
    exportTo(byRecords);
    Json manifest = testing::readJson(root / "records" / "manifest.json");
    std::map<std::string, int> shardsPerSplit;
    for (const auto& shard : manifest["shards"]) {
      QVERIFY(shard["records"].get<int>() >= 1 && shard["records"].get<int>() <= 7);
      auto split = shard["split"].get<std::string>();
      char expected[64];
      std::snprintf(expected, sizeof expected, "%s/shard-%06d.jsonl", split.c_str(), shardsPerSplit[split]++);
      QCOMPARE(shard["path"].get<std::string>(), std::string(expected));
    }
    for (const auto& [split, count] : shardsPerSplit) {
      int records = manifest["counts"]["per_split"][split].get<int>();
      QCOMPARE(count, (records + 6) / 7);
    }

    ExportOptions byBytes = f.options(root / "bytes");
    byBytes.shardBytes = 2000;
    byBytes.compression = Compression::None;
    exportTo(byBytes);
    manifest = testing::readJson(root / "bytes" / "manifest.json");
    std::map<std::string, Json> lastOfSplit;
    for (const auto& shard : manifest["shards"]) lastOfSplit[shard["split"].get<std::string>()] = shard;
    for (const auto& shard : manifest["shards"]) {
      std::string plain = testing::readShard(root / "bytes" / shard["path"].get<std::string>());
      std::size_t lastLine = plain.rfind('\n', plain.size() - 2);
      std::size_t beforeLast = lastLine == std::string::npos ? 0 : lastLine + 1;
      QVERIFY(beforeLast < 2000);  // the shard was not yet full when its last record came
      if (shard != lastOfSplit[shard["split"].get<std::string>()]) QVERIFY(plain.size() >= 2000);
    }
  }

  void everyCompressionReadsBackTheSameRecords() {
    ExportFixture f(testing::choiceSchema());
    seedBulk(f, 30);
    auto root = testing::scratchDir("compression");
    std::vector<std::vector<Json>> results;
    for (auto [compression, ext] : {std::pair{Compression::Zstd, ".jsonl.zst"}, std::pair{Compression::Gzip, ".jsonl.gz"},
                                    std::pair{Compression::None, ".jsonl"}}) {
      auto dir = root / std::string(compressionName(compression));
      ExportOptions options = f.options(dir);
      options.compression = compression;
      exportTo(options);
      Json manifest = testing::readJson(dir / "manifest.json");
      QCOMPARE(manifest["options"]["compression"].get<std::string>(), std::string(compressionName(compression)));
      for (const auto& shard : manifest["shards"]) QVERIFY(shard["path"].get<std::string>().ends_with(ext));
      results.push_back(testing::readRecords(dir));
    }
    QCOMPARE(results[0].size(), std::size_t(30));
    QCOMPARE(results[0], results[1]);
    QCOMPARE(results[0], results[2]);
  }

  void exclusionsAndDuplicatesAreCounted() {
    ExportFixture f(testing::choiceSchema());
    auto cases = f.addCases(8, "cardiology");
    auto derm = f.addCases(2, "dermatology");
    cases.insert(cases.end(), derm.begin(), derm.end());
    for (auto id : cases) {
      f.submit(id, f.clinician(0), {{"finding", "normal"}});
      f.submit(id, f.clinician(1), {{"finding", id == cases[7] ? "abnormal" : "normal"}});
    }
    auto dup = f.addCase("dup", "patient-x", "  FICTIONAL note 5:   chest pain on exertion,\n ECG unremarkable. ");
    f.submit(dup, f.clinician(0), {{"finding", "abnormal"}});
    auto unannotated = f.addCases(1);
    auto draftOnly = f.addCases(1);
    f.submit(draftOnly[0], f.clinician(0), {{"finding", "normal"}}, Json::array(), "draft");
    f.exec("UPDATE cases SET status = 'quarantined' WHERE id = " + std::to_string(cases[0]));
    f.exec("INSERT INTO phi_findings (case_id, source, category) VALUES (" + std::to_string(cases[1]) +
           ", 'import', 'name')");
    f.exec("INSERT INTO phi_findings (case_id, source, category, status) VALUES (" + std::to_string(cases[2]) +
           ", 'import', 'name', 'false_positive')");
    f.exec("UPDATE cases SET is_gold = true WHERE id = " + std::to_string(cases[3]));
    f.adjudicate(cases[4], {{"finding", "uncertain"}});

    auto root = testing::scratchDir("exclusions");
    ExportResult result = exportTo(f.options(root / "all"));
    // 10 cases + dup + unannotated + draft-only = 13: quarantined, phi_open, gold, duplicate,
    // 2 not annotated leave 7.
    QCOMPARE(result.records, std::uint64_t(7));
    QCOMPARE(result.excluded["quarantined"], std::uint64_t(1));
    QCOMPARE(result.excluded["phi_open"], std::uint64_t(1));
    QCOMPARE(result.excluded["gold"], std::uint64_t(1));
    QCOMPARE(result.excluded["duplicate"], std::uint64_t(1));
    QCOMPARE(result.excluded["not_annotated"], std::uint64_t(2));
    QCOMPARE(result.duplicatesCollapsed, std::uint64_t(1));
    Json manifest = testing::readJson(root / "all" / "manifest.json");
    QCOMPARE(manifest["counts"]["excluded"]["phi_open"].get<int>(), 1);
    QCOMPARE(manifest["counts"]["duplicates_collapsed"].get<int>(), 1);
    std::set<std::int64_t> exported;
    for (const auto& r : testing::readRecords(root / "all")) exported.insert(r["case_id"].get<std::int64_t>());
    QVERIFY(!exported.count(cases[0]) && !exported.count(cases[1]) && !exported.count(cases[3]));
    QVERIFY(exported.count(cases[2]));                  // its finding was cleared
    QVERIFY(!exported.count(dup) && exported.count(cases[5]));  // the first of two equal texts stays
    std::string card = testing::readFile(root / "all" / "README.md");
    QVERIFY(card.find("| phi_open | 1 |") != std::string::npos);

    ExportOptions gold = f.options(root / "gold");
    gold.includeGold = true;
    QCOMPARE(exportTo(gold).records, std::uint64_t(8));

    ExportOptions specialty = f.options(root / "derm");
    specialty.specialty = "dermatology";
    ExportResult dermResult = exportTo(specialty);
    QCOMPARE(dermResult.records, std::uint64_t(2));

    ExportOptions adjudicated = f.options(root / "adjudicated");
    adjudicated.adjudicatedOnly = true;
    auto adjudicatedRecords = (exportTo(adjudicated), testing::readRecords(root / "adjudicated"));
    QCOMPARE(adjudicatedRecords.size(), std::size_t(1));
    QCOMPARE(adjudicatedRecords[0]["label"].get<std::string>(), std::string("uncertain"));

    ExportOptions agreed = f.options(root / "agreed");
    agreed.minAgreement = 0.75;
    ExportResult agreedResult = exportTo(agreed);
    QCOMPARE(agreedResult.excluded["below_min_agreement"], std::uint64_t(1));  // case 7: one each way
    QCOMPARE(agreedResult.records, std::uint64_t(6));
  }

  void commitsDuringTheExportDoNotLeakIn() {
    ExportFixture f(testing::choiceSchema());
    seedBulk(f, 600);
    auto waiting = f.addCases(1)[0];
    std::string before = f.scalar(
        "SELECT json_object_agg(case_id::text || ':' || user_id::text, payload->>'finding') FROM annotations");
    auto dir = testing::scratchDir("snapshot") / "out";
    WriterDuringExport writer(f, waiting);
    ExportResult result = runExport(f.options(dir), writer);
    QVERIFY(writer.fired());
    QCOMPARE(result.records, std::uint64_t(600));
    QCOMPARE(result.excluded["not_annotated"], std::uint64_t(1));
    QCOMPARE(result.excluded.count("quarantined"), std::size_t(0));
    QCOMPARE(result.excluded.count("phi_open"), std::size_t(0));
    Json labels = Json::parse(before);
    for (const auto& r : testing::readRecords(dir)) QVERIFY(r["case_id"].get<std::int64_t>() != waiting);
    // Every answer is the one committed before the export started.
    std::map<std::string, std::string> pseudonymToUser = {
        {f.pseudonym(f.clinician(0)), std::to_string(f.clinician(0))},
        {f.pseudonym(f.clinician(1)), std::to_string(f.clinician(1))}};
    for (const auto& r : testing::readRecords(dir)) {
      for (const auto& a : r["annotations"]) {
        std::string key = std::to_string(r["case_id"].get<std::int64_t>()) + ":" +
                          pseudonymToUser[a["annotator"].get<std::string>()];
        QCOMPARE(a["label"].get<std::string>(), labels.at(key).get<std::string>());
      }
    }
    QVERIFY(f.scalar("SELECT count(*) FROM annotations WHERE payload->>'finding' <> 'uncertain'") == "0");
  }

  void phiInExportedTextBlocksPublicationUntilOverridden() {
    ExportFixture f(testing::choiceSchema());
    auto clean = f.addCases(3);
    for (auto id : clean) f.submit(id, f.clinician(0), {{"finding", "normal"}});
    const std::string note = "Call (312) 555-0198 or email jo@example.org.";
    auto leaky = f.addCase("leaky", "patient-leaky", note);
    f.submit(leaky, f.clinician(0), {{"finding", "abnormal"}});
    auto parent = testing::scratchDir("phi");
    NullProgress progress;
    auto error = expectExportError(f.options(parent / "out"), progress);
    QCOMPARE(error.kind(), ExportErrorKind::PhiFound);
    std::string text = error.what();
    QVERIFY2(text.find("case " + std::to_string(leaky) + " note_text") != std::string::npos, text.c_str());
    QVERIFY2(text.find("phone") != std::string::npos, text.c_str());
    QVERIFY(std::filesystem::is_empty(parent));
    // The refusal sent the case to PHI review: an open export_scan finding, quarantined.
    QCOMPARE(f.scalar("SELECT count(*) FROM phi_findings WHERE case_id = " + std::to_string(leaky) +
                      " AND source = 'export_scan' AND status = 'open' AND field = 'note_text'"),
             std::to_string(phi::detectPhiBytes(note).size()));
    QCOMPARE(f.scalar("SELECT status FROM cases WHERE id = " + std::to_string(leaky)), std::string("quarantined"));

    // A data lead reviews it (what the server's PHI review does for a false positive): records
    // each hit as reviewed and releases the case. The export goes through and says so.
    f.exec("UPDATE phi_findings SET status = 'false_positive' WHERE case_id = " + std::to_string(leaky));
    f.exec("UPDATE cases SET status = 'ready' WHERE id = " + std::to_string(leaky));
    auto findings = phi::detectPhiBytes(note);
    QVERIFY(!findings.empty());
    for (const auto& finding : findings) {
      f.exec("INSERT INTO phi_overrides (case_id, category, text_sha256, reason, created_by) VALUES (" +
             std::to_string(leaky) + ", '" + std::string(phi::categoryName(finding.category)) + "', '" +
             sha256Hex(note.substr(finding.start, finding.end - finding.start)) +
             "', 'fictional contact details', (SELECT id FROM users WHERE username = 'lead'))");
    }
    ExportResult result = exportTo(f.options(parent / "out"));
    QCOMPARE(result.records, std::uint64_t(4));
    Json manifest = testing::readJson(parent / "out" / "manifest.json");
    QCOMPARE(manifest["counts"]["phi_overridden"].get<std::size_t>(), findings.size());
  }

  void cancellingLeavesNothing() {
    ExportFixture f(testing::choiceSchema());
    seedBulk(f, 600);
    auto parent = testing::scratchDir("cancel");
    CancelAfterFirstReport cancel;
    QCOMPARE(expectExportError(f.options(parent / "out"), cancel).kind(), ExportErrorKind::Cancelled);
    QVERIFY(std::filesystem::is_empty(parent));
    QCOMPARE(f.scalar("SELECT status FROM export_runs"), std::string("failed"));
  }

  void killInTheMiddleLeavesTheOutputUntouched() {
    ExportFixture f(testing::choiceSchema());
    seedBulk(f, 3000);
    auto parent = testing::scratchDir("kill");
    auto dir = parent / "out";
    QProcess process;
    process.setProgram(QString::fromStdString(std::string(CONCORD_BINARY_DIR) + "/bin/concord-export"));
    process.setArguments({"--db", QString::fromStdString(f.url()), "--project", QString::fromStdString(f.slug()),
                          "--out", QString::fromStdString(dir.string()), "--shard-records", "1",
                          "--compression", "none"});
    process.start();
    QVERIFY(process.waitForStarted());
    // Wait until shards are being written aside, then kill without warning.
    bool writing = false;
    for (int i = 0; i < 3000 && !writing; ++i) {
      for (const auto& entry : std::filesystem::directory_iterator(parent)) {
        if (entry.path().filename().string().rfind(".out.partial-", 0) == 0 &&
            std::filesystem::exists(entry.path() / "train" / "shard-000010.jsonl")) {
          writing = true;
        }
      }
      if (!writing) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    QVERIFY2(writing, "the export never started writing");
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished());
    QVERIFY(!std::filesystem::exists(dir));
    QCOMPARE(f.scalar("SELECT status FROM export_runs"), std::string("running"));

    // The next run publishes and clears the abandoned partial directory.
    ExportOptions options = f.options(dir);
    options.shardRecords = 1000;
    exportTo(options);
    QVERIFY(std::filesystem::exists(dir / "manifest.json"));
    for (const auto& entry : std::filesystem::directory_iterator(parent)) {
      QCOMPARE(entry.path().filename().string(), std::string("out"));
    }
  }
};

QTEST_GUILESS_MAIN(ExportGuaranteesTest)
#include "test_export_guarantees.moc"
