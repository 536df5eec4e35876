// Each task's format read back and checked field by field against what was stored: sft chat
// messages, preference pairs mapped back from each clinician's A/B order, rubric criteria,
// character-offset spans, and WebDataset tar samples with deterministic headers.
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>

#include <map>
#include <set>

#include "concord/core/hashing.h"
#include "concord/exporters/run_export.h"
#include "export_fixture.h"

using namespace concord;
using namespace concord::exporters;
using concord::testing::ExportFixture;

namespace {

Json taskSchema() {
  return Json::parse(R"({"version": 1, "fields": [
    {"id": "answer", "kind": "free_text", "label": "Reference answer"},
    {"id": "pref", "kind": "preference", "label": "Which answer is better?", "strength_levels": 3},
    {"id": "rubric", "kind": "rubric_authoring", "label": "Rubric", "axes": ["accuracy", "completeness"]},
    {"id": "entities", "kind": "spans", "label": "Medications", "options": [{"value": "drug"}, {"value": "dose"}]},
    {"id": "finding", "kind": "single_choice", "label": "Finding",
     "options": [{"value": "normal"}, {"value": "abnormal"}]}]})");
}

Json conversation(const std::string& question) {
  return {{"conversation",
           {{"messages",
             {{{"role", "system"}, {"content", "You are a careful clinician."}}, {{"role", "user"}, {"content", question}}}},
            {"responses",
             {{{"model", "model-x"}, {"content", "Rest, and see a doctor if it persists."}},
              {{"model", "model-y"}, {"content", "It is nothing, carry on running."}}}}}}};
}

ExportOptions taskOptions(ExportFixture& f, const std::filesystem::path& dir, Task task) {
  ExportOptions options = f.options(dir);
  options.task = task;
  options.splitSpec = "train=1";
  return options;
}

std::map<std::int64_t, Json> recordsByCase(const std::filesystem::path& dir) {
  std::map<std::int64_t, Json> byCase;
  for (auto& r : testing::readRecords(dir)) byCase[r["case_id"].get<std::int64_t>()] = r;
  return byCase;
}

ExportResult exportTo(const ExportOptions& options) {
  NullProgress progress;
  return runExport(options, progress);
}

struct TarEntry {
  std::string name;
  std::string bytes;
  long long mtime = -1;
  long long uid = -1;
  int perm = 0;
};

std::vector<TarEntry> readTar(const std::filesystem::path& path) {
  std::vector<TarEntry> entries;
  archive* a = archive_read_new();
  archive_read_support_format_tar(a);
  if (archive_read_open_filename(a, path.c_str(), 10240) != ARCHIVE_OK) throw std::runtime_error("cannot open tar");
  archive_entry* entry = nullptr;
  while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
    TarEntry e;
    e.name = archive_entry_pathname(entry);
    e.mtime = archive_entry_mtime(entry);
    e.uid = archive_entry_uid(entry);
    e.perm = static_cast<int>(archive_entry_perm(entry));
    e.bytes.resize(static_cast<std::size_t>(archive_entry_size(entry)));
    if (!e.bytes.empty()) archive_read_data(a, e.bytes.data(), e.bytes.size());
    entries.push_back(std::move(e));
  }
  archive_read_free(a);
  return entries;
}

}  // namespace

class ExportTasksTest : public QObject {
  Q_OBJECT
 private slots:
  void sftMessagesEndWithTheReferenceAnswer() {
    ExportFixture f(taskSchema());
    auto agreed = f.addCase("agreed", "p1", "", conversation("Mild chest pain after running: what now?"));
    auto split = f.addCase("split", "p2", "Fictional note: ankle swelling after a long flight.");
    f.submit(agreed, f.clinician(0), {{"answer", "Stop running and get an ECG today."}});
    f.submit(agreed, f.clinician(1), {{"answer", "  stop running and get an ECG   today. "}});
    f.submit(split, f.clinician(0), {{"answer", "Check for deep vein thrombosis."}});
    f.submit(split, f.clinician(1), {{"answer", "Elevate the leg and review in a week."}});
    auto dir = testing::scratchDir("sft") / "out";
    exportTo(taskOptions(f, dir, Task::Sft));
    auto records = recordsByCase(dir);
    QCOMPARE(records.size(), std::size_t(2));

    const Json& a = records[agreed];
    QCOMPARE(a["messages"].size(), std::size_t(3));
    QCOMPARE(a["messages"][0], Json({{"role", "system"}, {"content", "You are a careful clinician."}}));
    QCOMPARE(a["messages"][1]["content"].get<std::string>(), std::string("Mild chest pain after running: what now?"));
    QCOMPARE(a["messages"][2]["role"].get<std::string>(), std::string("assistant"));
    // Equal after normalisation: the first clinician's spelling (by pseudonym) is the one written.
    std::string reference = a["messages"][2]["content"].get<std::string>();
    QVERIFY2(reference == "Stop running and get an ECG today." || reference == "  stop running and get an ECG   today. ",
             reference.c_str());
    QCOMPARE(a["messages"][2]["content"], a["reference_answers"][0]["content"]);
    QCOMPARE(a["resolution"].get<std::string>(), std::string("unanimous"));
    QCOMPARE(a["reference_answers"].size(), std::size_t(2));

    const Json& s = records[split];
    QCOMPARE(s["messages"][0], Json({{"role", "user"}, {"content", "Fictional note: ankle swelling after a long flight."}}));
    QCOMPARE(s["resolution"].get<std::string>(), std::string("unresolved"));
    QCOMPARE(s["agreement"].get<double>(), 0.5);
    std::set<std::string> answers;
    for (const auto& r : s["reference_answers"]) answers.insert(r["content"].get<std::string>());
    QCOMPARE(answers, (std::set<std::string>{"Check for deep vein thrombosis.", "Elevate the leg and review in a week."}));
    // Unresolved: the first clinician by pseudonym stands in, and is one of the answers.
    QCOMPARE(s["messages"][1]["content"], s["reference_answers"][0]["content"]);
  }

  void preferenceVotesAreMappedBackFromTheShownOrder() {
    ExportFixture f(taskSchema());
    auto voted = f.addCase("voted", "p1", "", conversation("Chest pain after running?"));
    auto tied = f.addCase("tied", "p2", "", conversation("Knee pain after running?"));
    // Clinician 0 saw model-y as "A"; clinician 1 saw the source order; clinician 2's order is
    // stored by model name (as blinding.h writes it).
    f.submit(voted, f.clinician(0), {{"pref", {{"choice", "A"}, {"strength", 3}}}}, Json::array({1, 0}));
    f.submit(voted, f.clinician(1), {{"pref", {{"choice", "B"}, {"strength", 2}}}}, Json::array({0, 1}));
    f.submit(voted, f.clinician(2), {{"pref", {{"choice", "A"}, {"strength", 1}}}}, Json::array({"model-x", "model-y"}));
    f.submit(tied, f.clinician(0), {{"pref", {{"choice", "A"}, {"strength", 2}}}}, Json::array({0, 1}));
    f.submit(tied, f.clinician(1), {{"pref", {{"choice", "A"}, {"strength", 2}}}}, Json::array({1, 0}));
    auto dir = testing::scratchDir("preference") / "out";
    exportTo(taskOptions(f, dir, Task::Preference));
    auto records = recordsByCase(dir);

    const Json& v = records[voted];
    QCOMPARE(v["prompt"].size(), std::size_t(2));
    QCOMPARE(v["prompt"][1]["content"].get<std::string>(), std::string("Chest pain after running?"));
    QCOMPARE(v["chosen"], Json::array({{{"role", "assistant"}, {"content", "It is nothing, carry on running."}}}));
    QCOMPARE(v["rejected"], Json::array({{{"role", "assistant"}, {"content", "Rest, and see a doctor if it persists."}}}));
    QCOMPARE(v["chosen_model"].get<std::string>(), std::string("model-y"));
    QCOMPARE(v["preferred"].get<std::string>(), std::string("response_1"));
    QCOMPARE(v["agreed"].get<int>(), 2);
    QCOMPARE(v["num_annotators"].get<int>(), 3);
    QCOMPARE(v["margin"].get<double>(), (3.0 + 2.0 - 1.0) / 3.0);
    QCOMPARE(v["votes"], Json({{"response_0", 1}, {"response_1", 2}}));
    QCOMPARE(v["resolution"].get<std::string>(), std::string("majority"));

    const Json& t = records[tied];
    QVERIFY(t["preferred"].is_null());
    QCOMPARE(t["resolution"].get<std::string>(), std::string("unresolved"));
    QCOMPARE(t["margin"].get<double>(), 0.0);
    QCOMPARE(t["annotations"].size(), std::size_t(2));

    // An adjudication (given in source order) settles the tie.
    f.adjudicate(tied, {{"pref", {{"choice", "B"}, {"strength", 1}}}});
    auto dir2 = testing::scratchDir("preference-adjudicated") / "out";
    exportTo(taskOptions(f, dir2, Task::Preference));
    const Json t2 = recordsByCase(dir2)[tied];
    QCOMPARE(t2["resolution"].get<std::string>(), std::string("adjudicated"));
    QCOMPARE(t2["chosen_model"].get<std::string>(), std::string("model-y"));
    QCOMPARE(t2["agreed"].get<int>(), 1);
  }

  void rubricsCarryEveryClinicianCriteria() {
    ExportFixture f(taskSchema());
    auto id = f.addCase("rubric", "p1", "", conversation("Chest pain after running?"));
    f.submit(id, f.clinician(0), {{"rubric", {{{"criterion", "Advises rest"}, {"points", 3}, {"tags", {"accuracy"}}},
                                              {{"criterion", "Mentions red-flag symptoms"}, {"points", 5}}}}});
    f.submit(id, f.clinician(1), {{"rubric", {{{"criterion", "advises  REST"}, {"points", 3}},
                                              {{"criterion", "Tells the patient to ignore the pain"}, {"points", -8},
                                               {"tags", {"accuracy"}}}}}});
    auto dir = testing::scratchDir("rubric") / "out";
    exportTo(taskOptions(f, dir, Task::Rubric));
    auto r = recordsByCase(dir)[id];
    QCOMPARE(r["prompt"][1]["content"].get<std::string>(), std::string("Chest pain after running?"));
    QCOMPARE(r["rubrics"].size(), std::size_t(3));
    // Clinicians come in pseudonym order, so find criteria by their points (all different).
    std::map<int, Json> byPoints;
    for (const auto& item : r["rubrics"]) byPoints[item["points"].get<int>()] = item;
    QCOMPARE(byPoints.size(), std::size_t(3));
    QVERIFY(byPoints[3]["criterion"] == "Advises rest" || byPoints[3]["criterion"] == "advises  REST");
    QCOMPARE(byPoints[3]["authors"].size(), std::size_t(2));  // the same criterion, written twice
    QCOMPARE(byPoints[5]["criterion"].get<std::string>(), std::string("Mentions red-flag symptoms"));
    QCOMPARE(byPoints[5]["authors"], Json::array({f.pseudonym(f.clinician(0))}));
    QCOMPARE(byPoints[-8]["criterion"].get<std::string>(), std::string("Tells the patient to ignore the pain"));
    QCOMPARE(byPoints[-8]["tags"], Json::array({"accuracy"}));
    QCOMPARE(byPoints[-8]["authors"], Json::array({f.pseudonym(f.clinician(1))}));
    QCOMPARE(r["agreement"].get<double>(), 1.0 / 3.0);
  }

  void spansUseCodePointOffsets() {
    ExportFixture f(taskSchema());
    auto id = f.addCase("spans", "p1", "Ibuprofène 400 mg twice daily");
    Json drug = {{"start", 0}, {"end", 10}, {"label", "drug"}};
    Json dose = {{"start", 11}, {"end", 17}, {"label", "dose"}};
    f.submit(id, f.clinician(0), {{"entities", {drug, dose}}});
    f.submit(id, f.clinician(1), {{"entities", {drug}}});
    f.submit(id, f.clinician(2), {{"entities", {dose, drug}}});
    auto dir = testing::scratchDir("spans") / "out";
    exportTo(taskOptions(f, dir, Task::Spans));
    auto r = recordsByCase(dir)[id];
    QCOMPARE(r["text"].get<std::string>(), std::string("Ibuprofène 400 mg twice daily"));
    QCOMPARE(r["spans"].size(), std::size_t(2));  // dose: 2 of 3 clinicians
    QCOMPARE(r["spans"][0]["text"].get<std::string>(), std::string("Ibuprofène"));
    QCOMPARE(r["spans"][0]["label"].get<std::string>(), std::string("drug"));
    QCOMPARE(r["spans"][1]["text"].get<std::string>(), std::string("400 mg"));
    QCOMPARE(r["spans"][1]["start"].get<int>(), 11);
    QCOMPARE(r["resolution"].get<std::string>(), std::string("span_majority"));
    QCOMPARE(r["annotations"].size(), std::size_t(3));
    for (const auto& a : r["annotations"]) {
      bool second = a["annotator"] == f.pseudonym(f.clinician(1));
      QCOMPARE(a["spans"].size(), std::size_t(second ? 1 : 2));
    }
  }

  void multimodalSamplesAreWebDatasetTarsWithFixedHeaders() {
    ExportFixture f(taskSchema());
    auto withImages = f.addCase("imaged", "p1", "Fictional note: skin lesion on the forearm.");
    auto without = f.addCase("plain", "p2", "Fictional note: no picture taken.");
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "fake-image-0";
    const std::string jpg = "\xff\xd8\xff" + std::string("fake-image-1");
    f.exec("INSERT INTO case_media (case_id, position, kind, mime_type, sha256, data) VALUES (" +
           std::to_string(withImages) + ", 0, 'image', 'image/png', '" + sha256Hex(png) + "', decode('" + toHex(png) +
           "', 'hex')), (" + std::to_string(withImages) + ", 1, 'image', 'image/jpeg', '" + sha256Hex(jpg) +
           "', decode('" + toHex(jpg) + "', 'hex'))");
    f.submit(withImages, f.clinician(0), {{"finding", "abnormal"}});
    f.submit(without, f.clinician(0), {{"finding", "normal"}});
    auto root = testing::scratchDir("multimodal");
    ExportOptions options = taskOptions(f, root / "one", Task::Multimodal);
    options.fieldId = "finding";
    ExportResult result = exportTo(options);
    QCOMPARE(result.records, std::uint64_t(1));
    QCOMPARE(result.excluded["no_image"], std::uint64_t(1));

    Json manifest = testing::readJson(root / "one" / "manifest.json");
    QCOMPARE(manifest["shards"][0]["path"].get<std::string>(), std::string("train/shard-000000.tar"));
    auto entries = readTar(root / "one" / "train" / "shard-000000.tar");
    std::string key = "case-" + std::to_string(withImages);
    QCOMPARE(entries.size(), std::size_t(3));
    QCOMPARE(entries[0].name, key + ".png");
    QCOMPARE(entries[0].bytes, png);
    QCOMPARE(entries[1].name, key + ".1.jpg");
    QCOMPARE(entries[1].bytes, jpg);
    QCOMPARE(entries[2].name, key + ".json");
    for (const auto& e : entries) {
      QCOMPARE(e.mtime, 0LL);
      QCOMPARE(e.uid, 0LL);
      QCOMPARE(e.perm, 0644);
    }
    Json record = Json::parse(entries[2].bytes);
    QCOMPARE(record["answer"].get<std::string>(), std::string("abnormal"));
    QCOMPARE(record["images"], Json::array({"png", "1.jpg"}));
    QCOMPARE(record["text"].get<std::string>(), std::string("Fictional note: skin lesion on the forearm."));

    options.outputDir = root / "two";
    exportTo(options);
    QCOMPARE(testing::readFile(root / "two" / "train" / "shard-000000.tar"),
             testing::readFile(root / "one" / "train" / "shard-000000.tar"));
  }
};

QTEST_GUILESS_MAIN(ExportTasksTest)
#include "test_export_tasks.moc"
