// The data lead's Exports page against a real TLS server: the lead picks a task, presses Start,
// the page follows the job to the end and shows the manifest the server wrote (shards, records,
// what was left out); the saved manifest is the server's file byte for byte. A PHI refusal names
// the case and what was found in words a lead understands; options the server refuses are said
// so and start nothing.
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <pqxx/pqxx>

#include "concord/core/hashing.h"
#include "https_client.h"
#include "lead/exports/export_job.h"
#include "lead/exports/export_job_view.h"
#include "lead/exports/export_panel.h"
#include "lead/exports/export_request.h"
#include "lead_test_support.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

class LeadExportsTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::unique_ptr<app::ApiClient> api_;
  std::string leadToken_;
  std::int64_t quarantined_ = 0;
  std::int64_t leaky_ = 0;

  // Every case gets a submitted answer from both clinicians, straight into the tables.
  void submitAnswers(std::int64_t project, const std::vector<std::int64_t>& cases, std::int64_t alice, std::int64_t bob) {
    const char* answers[] = {"normal", "abnormal", "uncertain"};
    for (std::size_t i = 0; i < cases.size(); ++i) {
      for (auto user : {alice, bob}) seedSubmittedAnnotation(db_->url(), project, cases[i], user, {{"finding", answers[i % 3]}});
    }
  }

  app::LeadProject project(const std::string& slug) {
    return app::LeadProject::fromJson({{"slug", slug}, {"name", slug}, {"schema", choiceSchema()}, {"schema_version", 1}});
  }

  template <typename T>
  static T* child(QWidget& panel, const char* name) {
    auto* w = panel.findChild<T*>(QString::fromLatin1(name));
    if (!w) qFatal("no widget %s", name);
    return w;
  }

  static void choose(QComboBox* combo, const QString& data) {
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
  }

  // For a person checking the layout: CONCORD_SCREENSHOT_DIR=/some/dir keeps a picture of the page.
  static void keepPicture(QWidget& panel, const char* name) {
    const QString dir = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QTest::qWait(50);  // let the layout catch up with the latest texts
    panel.grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
  }

  static qint64 onlyJobId(QWidget& panel) {
    auto* jobs = child<QListWidget>(panel, "exportJobs");
    return jobs->count() == 1 ? jobs->item(0)->data(Qt::UserRole).toLongLong() : 0;
  }

 private slots:
  void initTestCase() {
    db_ = std::make_unique<TestDatabase>();
    auto alice = seedUser(db_->url(), "alice", "clinician", {"cardiology"});
    auto bob = seedUser(db_->url(), "bob", "clinician", {"cardiology"});
    seedUser(db_->url(), "lead", "data_lead");

    // Six exportable cases and a seventh, answered too, that is quarantined.
    auto demo = seedProject(db_->url(), "export-ui", choiceSchema());
    auto cases = seedCases(db_->url(), demo, 7);
    submitAnswers(demo, cases, alice, bob);
    quarantined_ = cases.back();

    // A project whose one case carries a phone number in its note: the PHI gate must refuse it.
    auto phi = seedProject(db_->url(), "export-phi", choiceSchema());
    auto phiCases = seedCases(db_->url(), phi, 2);
    submitAnswers(phi, phiCases, alice, bob);
    leaky_ = phiCases[1];
    {
      pqxx::connection conn(db_->url());
      pqxx::work tx(conn);
      tx.exec_params0("UPDATE cases SET status = 'quarantined' WHERE id = $1", quarantined_);
      tx.exec_params0("UPDATE cases SET note_text = 'Fictional note: call (312) 555-0198 about the ECG.' WHERE id = $1",
                      leaky_);
      tx.commit();
    }

    server_ = std::make_unique<TestServer>(db_->url());
    api_ = std::make_unique<app::ApiClient>();
    QVERIFY(logInApi(*api_, *server_, QStringLiteral("lead")));
    HttpsClient c("127.0.0.1", server_->port(), server_->caFile());
    leadToken_ = c.login("lead", kTestPassword);
    QVERIFY(!leadToken_.empty());
  }
  void cleanupTestCase() {
    api_.reset();
    server_.reset();
    db_.reset();
  }

  void exportRunsToTheEndAndShowsItsManifest() {
    app::ExportPanel panel(api_.get());
    panel.setProject(project("export-ui"));
    panel.resize(1100, 640);
    panel.show();
    choose(child<QComboBox>(panel, "exportTask"), QStringLiteral("classification"));
    QCOMPARE(child<QComboBox>(panel, "exportField")->currentData().toString(), QStringLiteral("finding"));
    child<QLineEdit>(panel, "exportSplit")->setText(QStringLiteral("train=0.5,test=0.5"));
    child<QSpinBox>(panel, "exportSeed")->setValue(7);
    child<QSpinBox>(panel, "exportShardRecords")->setValue(2);
    auto* start = child<QPushButton>(panel, "exportStart");
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    // The server answers 202 while the job runs; from then on the page polls it, until it is done.
    auto poller = panel.findChildren<QTimer*>(QString(), Qt::FindDirectChildrenOnly);
    QCOMPARE(poller.size(), 1);
    QVERIFY(QTest::qWaitFor([&] { return child<QListWidget>(panel, "exportJobs")->count() == 1; }, 15000));
    QVERIFY(poller[0]->isActive());

    auto* progress = child<QProgressBar>(panel, "exportProgress");
    auto* shards = child<QTableWidget>(panel, "exportManifestShards");
    QVERIFY2(QTest::qWaitFor([&] { return shards->rowCount() > 0; }, 60000),
             qPrintable(child<QLabel>(panel, "exportStatus")->text()));
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY(!poller[0]->isActive());
    QVERIFY(child<QLabel>(panel, "exportStatus")->text().contains(QLatin1String("done")));
    const qint64 id = onlyJobId(panel);
    QVERIFY(id > 0);
    QVERIFY(child<QListWidget>(panel, "exportJobs")->item(0)->text().contains(QLatin1String("done, 6 records")));

    // The table is the server's manifest, shard for shard.
    HttpsClient c("127.0.0.1", server_->port(), server_->caFile());
    auto status = c.get("/api/v1/exports/" + std::to_string(id), leadToken_).json();
    QCOMPARE(status["status"].get<std::string>(), std::string("succeeded"));
    auto served = c.get("/api/v1/exports/" + std::to_string(id) + "/manifest", leadToken_);
    QCOMPARE(served.status, 200);
    Json manifest = served.json();
    QCOMPARE(shards->rowCount(), static_cast<int>(manifest["shards"].size()));
    QVERIFY(shards->rowCount() >= 3);  // 6 records, 2 per shard
    qint64 records = 0;
    for (int row = 0; row < shards->rowCount(); ++row) {
      const Json& s = manifest["shards"][static_cast<std::size_t>(row)];
      QCOMPARE(shards->item(row, 0)->text().toStdString(), s["path"].get<std::string>());
      QCOMPARE(shards->item(row, 1)->data(Qt::DisplayRole).toLongLong(), s["records"].get<qint64>());
      QCOMPARE(shards->item(row, 2)->data(Qt::DisplayRole).toLongLong(), s["bytes"].get<qint64>());
      QCOMPARE(shards->item(row, 3)->text().toStdString(), s["sha256"].get<std::string>());
      records += shards->item(row, 1)->data(Qt::DisplayRole).toLongLong();
    }
    QCOMPARE(records, qint64(6));
    QCOMPARE(manifest["counts"]["records"].get<qint64>(), qint64(6));

    const QString summary = child<QLabel>(panel, "exportManifestSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("Records: 6 in %1 shard(s)").arg(shards->rowCount())), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Per split: test %1, train %2")
                                  .arg(manifest["counts"]["per_split"].value("test", 0))
                                  .arg(manifest["counts"]["per_split"].value("train", 0))),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Left out: 1 case(s) (quarantined: 1)")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Quarantined cases left out: 1")), qPrintable(summary));
    QVERIFY(child<QLabel>(panel, "exportLocation")->text().contains(QStringLiteral("exports/%1").arg(id)));
    keepPicture(panel, "lead-export-done");

    // Saving writes the server's bytes, so the file's hash is the job's manifest_sha256.
    QVERIFY(child<QPushButton>(panel, "exportSaveManifest")->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("manifest.json"));
    QString error;
    QVERIFY2(panel.saveManifestTo(path, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QCOMPARE(bytes.toStdString(), served.body);
    QCOMPARE(sha256Hex(bytes.toStdString()), status["manifest_sha256"].get<std::string>());
    QVERIFY(!panel.saveManifestTo(dir.filePath(QStringLiteral("no/such/dir/m.json")), &error));
    QVERIFY(!error.isEmpty());
  }

  void phiRefusalNamesTheCaseAndWhatWasFound() {
    app::ExportPanel panel(api_.get());
    panel.setProject(project("export-phi"));
    panel.resize(1100, 640);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    // Started from the keyboard: Ctrl+Return anywhere in the page.
    auto* split = child<QLineEdit>(panel, "exportSplit");
    split->setFocus();
    QTest::keyClick(split, Qt::Key_Return, Qt::ControlModifier);
    auto* jobs = child<QListWidget>(panel, "exportJobs");
    QVERIFY(QTest::qWaitFor([&] { return jobs->count() == 1 && jobs->item(0)->text().contains(QLatin1String("failed")); },
                            60000));
    const QString text = child<QLabel>(panel, "exportStatus")->text();
    QVERIFY2(text.contains(QLatin1String("Nothing was exported")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Case %1, in the clinical note: a phone number").arg(leaky_)), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("note_text")), qPrintable(text));
    QCOMPARE(child<QTableWidget>(panel, "exportManifestShards")->rowCount(), 0);
    QVERIFY(!child<QPushButton>(panel, "exportSaveManifest")->isEnabled());
    keepPicture(panel, "lead-export-phi");
    QString error;
    QVERIFY(!panel.saveManifestTo(QDir::temp().filePath(QStringLiteral("never.json")), &error));
  }

  void anExportWithNothingToWriteSaysWhy() {
    app::ExportPanel panel(api_.get());
    panel.setProject(project("export-ui"));
    panel.show();
    child<QLineEdit>(panel, "exportSpecialty")->setText(QStringLiteral("dermatology"));
    QTest::mouseClick(child<QPushButton>(panel, "exportStart"), Qt::LeftButton);
    auto* jobs = child<QListWidget>(panel, "exportJobs");
    QVERIFY(QTest::qWaitFor([&] { return jobs->count() == 1 && jobs->item(0)->text().contains(QLatin1String("failed")); },
                            60000));
    const QString text = child<QLabel>(panel, "exportStatus")->text();
    QVERIFY2(text.startsWith(QLatin1String("Nothing to export: no case matched these options.")), qPrintable(text));
    QVERIFY(!child<QProgressBar>(panel, "exportProgress")->isVisible());
  }

  void refusedOptionsAreSaidAndStartNothing() {
    app::ExportPanel panel(api_.get());
    panel.setProject(project("export-ui"));
    panel.show();
    child<QLineEdit>(panel, "exportSplit")->setText(QStringLiteral("train=0.5,test=0.2"));
    auto* start = child<QPushButton>(panel, "exportStart");
    QTest::mouseClick(start, Qt::LeftButton);
    auto* message = child<QLabel>(panel, "exportMessage");
    QVERIFY(QTest::qWaitFor([&] { return message->text().contains(QLatin1String("refused")); }, 15000));
    QVERIFY2(message->text().contains(QLatin1String("split")), qPrintable(message->text()));
    QCOMPARE(child<QListWidget>(panel, "exportJobs")->count(), 0);
    QVERIFY(start->isEnabled());
  }

  void closingThePageWhileAnExportRunsIsSafe() {
    auto panel = std::make_unique<app::ExportPanel>(api_.get());
    panel->setProject(project("export-ui"));
    panel->setPollInterval(20);
    QTest::mouseClick(child<QPushButton>(*panel, "exportStart"), Qt::LeftButton);
    auto* jobs = child<QListWidget>(*panel, "exportJobs");
    QVERIFY(QTest::qWaitFor([&] { return jobs->count() == 1; }, 15000));
    panel.reset();  // its timer and pending answers must not reach the destroyed page
    QTRY_COMPARE_WITH_TIMEOUT(api_->pending(), 0, 15000);
    QTest::qWait(100);
  }

  void aRunningJobShowsHowFarItGot() {
    app::ExportJobView view;
    app::ExportJobStatus job = app::ExportJobStatus::fromJson(
        {{"id", 5}, {"project", "p"}, {"status", "running"}, {"request", {{"task", "sft"}}},
         {"progress", {{"cases_total", 40}, {"cases_read", 10}, {"records_written", 9}, {"bytes_written", 2048}}}});
    view.display(job, nullptr);
    auto* progress = child<QProgressBar>(view, "exportProgress");
    QCOMPARE(progress->maximum(), 40);
    QCOMPARE(progress->value(), 10);
    QCOMPARE(child<QLabel>(view, "exportCounts")->text(), QStringLiteral("10 of 40 cases read · 9 records · 2.0 KB written"));
    QVERIFY(child<QLabel>(view, "exportStatus")->text().contains(QLatin1String("running")));
    QCOMPARE(app::jobListText(job), QStringLiteral("#5 sft (p) — running, 25%"));
    QVERIFY(!child<QPushButton>(view, "exportSaveManifest")->isEnabled());
  }

  void requestBodyFollowsTheForm() {
    app::ExportRequest r;
    r.task = QStringLiteral("multimodal");
    r.minAgreement = 0.6;
    r.specialty = QStringLiteral(" cardiology ");
    Json body = r.toJson();
    QVERIFY(!body.contains("compression"));  // tar shards are never compressed
    QCOMPARE(body["min_agreement"].get<double>(), 0.6);
    QCOMPARE(body["specialty"].get<std::string>(), std::string("cardiology"));
    QVERIFY(!body.contains("adjudicated_only"));
    QCOMPARE(app::exportableFields(choiceSchema(), QStringLiteral("classification")).size(), 1);
    QCOMPARE(app::exportableFields(choiceSchema(), QStringLiteral("sft")).size(), 0);
    const auto refused = app::ExportJobStatus::fromJson(Json::parse(R"({"id": 7, "status": "failed",
        "error_kind": "phi_found", "error": "the PHI scan found 23 ...", "phi_hit_count": 23, "phi_hits": [
        {"case_id": 12, "where": "responses/1", "category": "email"},
        {"case_id": 3, "where": "note_text", "category": "name"}]})"));
    const auto& hits = refused.phiHits;
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits[0].caseId, qint64(12));
    QCOMPARE(app::whereInWords(hits[0].where), QStringLiteral("model response 2"));
    QCOMPARE(app::phiCategoryInWords(hits[1].category), QStringLiteral("a person's name"));
    const QString text = app::failureText(refused);
    QVERIFY2(text.contains(QStringLiteral("Case 3, in the clinical note: a person's name")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("… and 21 more")), qPrintable(text));
    app::ExportJobStatus interrupted;
    interrupted.status = QStringLiteral("failed");
    interrupted.errorKind = QStringLiteral("interrupted");
    QVERIFY(app::failureText(interrupted).contains(QLatin1String("start the export again")));
  }
};

QTEST_MAIN(LeadExportsTest)
#include "test_lead_exports.moc"
