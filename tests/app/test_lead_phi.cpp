// The data lead's PHI review page against a real TLS server on a fresh database, with cases
// quarantined by the real import's detector: the list shows exactly the quarantined cases with
// their categories (paged, under QAbstractItemModelTester), the note highlights each finding at
// the characters the server named (a note with a character outside the BMP), a blank reason keeps
// every decision disabled, Redact by keys rewrites the stored note, a false positive records an
// override and releases the case, and a case reviewed meanwhile by another lead says so.
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>
#include <pqxx/pqxx>
#include <set>

#include "https_client.h"
#include "lead/phi/phi_case.h"
#include "lead/phi/phi_case_view.h"
#include "lead/phi/phi_queue_model.h"
#include "lead/phi/phi_review_page.h"
#include "lead_test_support.h"
#include "test_database.h"
#include "test_server.h"

using namespace concord;
using namespace concord::testing;

namespace {

const char* kSlug = "phi-review";

std::string caseLine(const std::string& id, const std::string& patient, const std::string& note) {
  return Json{{"external_id", id}, {"patient_key", patient}, {"specialty", "cardiology"}, {"note", note}}.dump() + "\n";
}

// U+1FA7A (stethoscope) is two UTF-16 units: every offset after it differs between code points
// and QString positions, so a wrong conversion highlights the wrong characters.
// A clean note, PHI only in the patient's message: the finding is in another text of the case.
std::string conversationLine() {
  Json line{{"external_id", "phi-f"}, {"patient_key", "p8"}, {"specialty", "cardiology"}, {"note", "Chest pain follow-up."}};
  line["conversation"] = {{"messages", {{{"role", "user"}, {"content", "Is my pain cardiac? Ring me on 617-555-0188."}}}},
                          {"responses", {{{"model", "model-x"}, {"content", "Probably not."}}, {{"model", "model-y"}, {"content", "An ECG would tell."}}}}};
  return line.dump() + "\n";
}

const std::string kNonAsciiNote = "Zoë 🩺 came back today. Seen by Dr. John Smith, call 617-555-0134 with results.";

}  // namespace

class LeadPhiTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::string leadToken_;
  app::ApiClient api_;
  std::unique_ptr<app::PhiReviewPage> page_;

  HttpsClient client() { return HttpsClient("127.0.0.1", server_->port(), server_->caFile()); }
  std::string one(const std::string& sql) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    auto r = tx.exec(sql);
    return r.empty() || r[0][0].is_null() ? std::string() : r[0][0].as<std::string>();
  }
  std::set<std::string> quarantinedInDb() {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    std::set<std::string> out;
    for (const auto& r : tx.exec("SELECT external_id FROM cases WHERE status = 'quarantined'")) out.insert(r[0].as<std::string>());
    return out;
  }
  std::int64_t caseId(const std::string& externalId) { return std::stoll(one("SELECT id FROM cases WHERE external_id = '" + externalId + "'")); }

  template <typename T>
  T* find(const char* name) {
    auto* w = page_->findChild<T*>(QLatin1String(name));
    if (!w) qWarning("no child %s", name);
    return w;
  }
  app::LeadProject project() {
    app::LeadProject p;
    p.slug = QString::fromLatin1(kSlug);
    p.name = QStringLiteral("PHI review");
    p.schema = choiceSchema();
    p.schemaVersion = 1;
    return p;
  }
  // Opens the page on the project and waits for the whole list.
  bool openPage() {
    page_ = std::make_unique<app::PhiReviewPage>(&api_);
    page_->resize(1100, 800);
    page_->show();
    if (!QTest::qWaitForWindowActive(page_.get())) return false;
    page_->setProject(project());
    return QTest::qWaitFor([&] { return !page_->queue()->loading() && page_->queue()->exhausted(); }, 15000);
  }
  bool selectCase(const std::string& externalId) {
    const int row = page_->queue()->rowOfCase(caseId(externalId));
    if (row < 0) return false;
    find<QTableView>("phiQueueTable")->selectRow(row);
    return page_->caseView()->hasCase() && page_->caseView()->current().externalId == QString::fromStdString(externalId);
  }

 private slots:
  void initTestCase() {
    db_ = std::make_unique<TestDatabase>();
    seedUser(db_->url(), "lead", "data_lead");
    seedUser(db_->url(), "other", "data_lead");
    seedProject(db_->url(), kSlug, choiceSchema(), 1);
    server_ = std::make_unique<TestServer>(db_->url());
    auto c = client();
    leadToken_ = c.login("lead", kTestPassword);
    QVERIFY(!leadToken_.empty());
    const std::string body = caseLine("clean-1", "p1", "Stable angina, no new symptoms.") +
                             caseLine("phi-a", "p2", "Seen by Dr. John Smith on 03/14/2021, call 617-555-0134.") +
                             caseLine("phi-b", "p3", kNonAsciiNote) +
                             caseLine("clean-2", "p4", "Follow-up: exercise tolerance improved.") +
                             caseLine("phi-c", "p5", "Reviewed with Dr. Maria Lopez, phone 312-555-0198.") +
                             caseLine("phi-d", "p6", "Call the daughter at 415-555-0172 before discharge.") +
                             caseLine("phi-e", "p7", "Patient: Peter Novak, seen 02/02/2022.") + conversationLine();
    auto imported = c.request("POST", std::string("/api/v1/projects/") + kSlug + "/cases/import", body,
                              {{"Authorization", "Bearer " + leadToken_}, {"Content-Type", "application/x-ndjson"}});
    QVERIFY2(imported.status == 200, imported.body.c_str());
    QCOMPARE(imported.json()["quarantined"].get<int>(), 6);
    // A finding of the export scan has no offsets: the page must say where it was found instead.
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    // A clinician's flag names the whole case, without offsets.
    tx.exec_params0("INSERT INTO phi_findings (case_id, source, field, category) VALUES ($1, 'clinician_flag', 'case', 'flagged')",
                    caseId("phi-c"));
    tx.exec_params0("UPDATE cases SET quarantined_at = '2026-11-26 08:07:00+00' WHERE id = $1", caseId("phi-b"));
    tx.exec_params0("INSERT INTO phi_findings (case_id, source, field, category) VALUES ($1, 'export_scan', 'annotations/k3x9', 'phone')",
                    caseId("phi-b"));
    tx.commit();
    QVERIFY(logInApi(api_, *server_, QStringLiteral("lead")));
  }
  void cleanupTestCase() {
    page_.reset();
    server_.reset();
    db_.reset();
  }

  void listShowsExactlyTheQuarantinedCasesPaged() {
    app::PhiQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Two cases a page: six cases take three pages, each no bigger than asked for.
    const app::PhiPageFetcher real = app::phiQuarantineFetcher(&api_, QString::fromLatin1(kSlug), 2, &model);
    int pages = 0;
    std::size_t biggest = 0;
    model.setFetcher([&](const QString& cursor, auto done) {
      ++pages;
      real(cursor, [&biggest, done](std::vector<app::PhiCase> rows, QString next, QString error) {
        biggest = std::max(biggest, rows.size());
        done(std::move(rows), next, error);
      });
    });
    model.reload();
    while (!model.exhausted()) {
      if (model.canFetchMore({})) model.fetchMore({});  // the tester may already have asked
      QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 15000);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(biggest, std::size_t(2));
    std::set<std::string> shown;
    for (int row = 0; row < model.rowCount(); ++row)
      shown.insert(model.index(row, app::PhiQueueModel::CaseColumn).data().toString().toStdString());
    QCOMPARE(shown, quarantinedInDb());
    QCOMPARE(shown, (std::set<std::string>{"phi-a", "phi-b", "phi-c", "phi-d", "phi-e", "phi-f"}));
    QCOMPARE(model.index(model.rowOfCase(caseId("phi-c")), app::PhiQueueModel::SourcesColumn).data().toString(),
             QStringLiteral("import, clinician flag"));

    const int a = model.rowOfCase(caseId("phi-a"));
    const QString categories = model.index(a, app::PhiQueueModel::CategoriesColumn).data().toString();
    QVERIFY2(categories.contains(QStringLiteral("name")) && categories.contains(QStringLiteral("phone")) &&
                 categories.contains(QStringLiteral("date")),
             qPrintable(categories));
    QCOMPARE(model.index(a, app::PhiQueueModel::SourcesColumn).data().toString(), QStringLiteral("import"));
    const int b = model.rowOfCase(caseId("phi-b"));
    QCOMPARE(model.index(b, app::PhiQueueModel::SourcesColumn).data().toString(), QStringLiteral("import, export scan"));
    QCOMPARE(model.index(b, 0).data(app::PhiQueueModel::CaseIdRole).toLongLong(), caseId("phi-b"));
    // The import records when it quarantined a case, as does a re-quarantine (export gate);
    // both are shown in the lead's locale, not as ISO text.
    const QString imported = model.index(a, app::PhiQueueModel::QuarantinedColumn).data().toString();
    QVERIFY2(!imported.isEmpty() && !imported.contains(QLatin1Char('T')) && !imported.startsWith(QStringLiteral("at import")),
             qPrintable(imported));
    const QString when = model.index(b, app::PhiQueueModel::QuarantinedColumn).data().toString();
    QVERIFY2(when.contains(QStringLiteral("07")) && !when.contains(QLatin1Char('T')), qPrintable(when));

    QCOMPARE(model.removeCase(caseId("phi-b")), b);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOfCase(caseId("phi-b")), -1);
  }

  void noteHighlightsEachFindingAtItsCharacters() {
    QVERIFY(openPage());
    QVERIFY(selectCase("phi-b"));
    auto* note = find<QPlainTextEdit>("phiNote");
    QCOMPARE(note->toPlainText(), QString::fromStdString(kNonAsciiNote));
    QVERIFY(note->isReadOnly());

    // What the server names, cut out in code points independently of the page's conversion.
    auto page = client().get(std::string("/api/v1/projects/") + kSlug + "/quarantine", leadToken_).json();
    Json item;
    for (const auto& i : page["items"])
      if (i["external_id"] == "phi-b") item = i;
    QVERIFY(item.is_object());
    const QList<uint> codePoints = QString::fromStdString(kNonAsciiNote).toUcs4();
    QStringList expected;
    for (const auto& f : item["findings"]) {
      if (f["start"].is_null()) continue;
      const auto start = f["start"].get<int>(), end = f["end"].get<int>();
      expected << QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData() + start), end - start);
    }
    QStringList highlighted;
    for (const auto& mark : note->extraSelections()) highlighted << mark.cursor.selectedText();
    expected.sort();
    highlighted.sort();
    QCOMPARE(highlighted, expected);
    QVERIFY2(highlighted.contains(QStringLiteral("617-555-0134")), qPrintable(highlighted.join(QLatin1Char('|'))));
    QVERIFY2(std::any_of(highlighted.begin(), highlighted.end(), [](const QString& s) { return s.contains(QStringLiteral("John Smith")); }),
             qPrintable(highlighted.join(QLatin1Char('|'))));

    // The findings table: every finding once; the export scan's names its field; a click selects.
    auto* findings = find<QTableWidget>("phiFindings");
    QCOMPARE(findings->rowCount(), static_cast<int>(item["findings"].size()));
    int phoneRow = -1, scanRow = -1;
    for (int row = 0; row < findings->rowCount(); ++row) {
      const QString text = findings->item(row, app::PhiCaseView::TextColumn)->text();
      if (text == QStringLiteral("617-555-0134")) phoneRow = row;
      if (findings->item(row, app::PhiCaseView::SourceColumn)->text() == QStringLiteral("export scan")) {
        scanRow = row;
        QCOMPARE(text, QStringLiteral("(found by the export scan in annotations/k3x9)"));
        QCOMPARE(findings->item(row, app::PhiCaseView::WhereColumn)->text(), QStringLiteral("annotations/k3x9"));
      }
    }
    QVERIFY(phoneRow >= 0);
    QVERIFY(scanRow >= 0);
    QCOMPARE(findings->item(phoneRow, app::PhiCaseView::WhereColumn)->text(), QStringLiteral("note"));
    const QRect cell = findings->visualRect(findings->model()->index(phoneRow, 0));
    QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(note->textCursor().selectedText(), QStringLiteral("617-555-0134"));
  }

  void findingsInOtherTextsAreShownAndListedWithTheirField() {
    QVERIFY(openPage());
    QVERIFY(selectCase("phi-f"));
    auto* note = find<QPlainTextEdit>("phiNote");
    const QString document = note->toPlainText();
    QVERIFY2(document.startsWith(QStringLiteral("Chest pain follow-up")), qPrintable(document));
    const int message = document.indexOf(QStringLiteral("── conversation message 1 ──"));
    QVERIFY(message > 0);
    QStringList highlighted;
    for (const auto& mark : note->extraSelections()) {
      QVERIFY(mark.cursor.selectionStart() > message);  // the note itself has no finding
      highlighted << mark.cursor.selectedText();
    }
    QVERIFY2(highlighted.contains(QStringLiteral("617-555-0188")), qPrintable(highlighted.join(QLatin1Char('|'))));
    auto* findings = find<QTableWidget>("phiFindings");
    bool listed = false;
    for (int row = 0; row < findings->rowCount(); ++row) {
      if (findings->item(row, app::PhiCaseView::TextColumn)->text() != QStringLiteral("617-555-0188")) continue;
      listed = true;
      QCOMPARE(findings->item(row, app::PhiCaseView::WhereColumn)->text(), QStringLiteral("conversation message 1"));
      findings->setCurrentCell(row, 0);
      QCOMPARE(note->textCursor().selectedText(), QStringLiteral("617-555-0188"));
    }
    QVERIFY(listed);

    // A clinician's flag: the whole case, said in words.
    QVERIFY(selectCase("phi-c"));
    bool flag = false;
    for (int row = 0; row < findings->rowCount(); ++row) {
      if (findings->item(row, app::PhiCaseView::SourceColumn)->text() != QStringLiteral("clinician flag")) continue;
      flag = true;
      QCOMPARE(findings->item(row, app::PhiCaseView::WhereColumn)->text(), QStringLiteral("whole case"));
      QCOMPARE(findings->item(row, app::PhiCaseView::TextColumn)->text(), QStringLiteral("(flagged by a clinician as containing PHI)"));
    }
    QVERIFY(flag);
  }

  void blankReasonKeepsEveryDecisionDisabled() {
    QVERIFY(openPage());
    QVERIFY(selectCase("phi-c"));
    auto* reason = find<QLineEdit>("phiReason");
    auto* hint = find<QLabel>("phiHint");
    const auto buttons = {find<QPushButton>("phiFalsePositive"), find<QPushButton>("phiRedact"), find<QPushButton>("phiSurrogate")};
    for (auto* b : buttons) QVERIFY(!b->isEnabled());
    QVERIFY2(hint->text().contains(QStringLiteral("reason")), qPrintable(hint->text()));
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("   "));
    for (auto* b : buttons) QVERIFY(!b->isEnabled());
    // Ctrl+Return with nothing chosen and a blank reason sends nothing.
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(200);
    QCOMPARE(one("SELECT status FROM cases WHERE external_id = 'phi-c'"), std::string("quarantined"));
    QTest::keyClicks(reason, QStringLiteral("ok"));
    for (auto* b : buttons) QVERIFY(b->isEnabled());
  }

  void redactByKeysRewritesTheNoteAndOpensTheNextCase() {
    QVERIFY(openPage());
    QVERIFY(selectCase("phi-a"));
    const qint64 id = caseId("phi-a");
    auto* reason = find<QLineEdit>("phiReason");
    reason->setFocus();
    QTest::keyClicks(reason, QStringLiteral("real name and phone number"));
    QTest::keyClick(reason, Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(page_->chosenAction() == app::PhiAction::Redact);
    auto* hint = find<QLabel>("phiHint");
    QVERIFY2(hint->text().contains(QStringLiteral("Redact replaces each finding")), qPrintable(hint->text()));
    QTest::qWait(200);
    QCOMPARE(one("SELECT status FROM cases WHERE external_id = 'phi-a'"), std::string("quarantined"));  // not yet confirmed

    QSignalSpy done(page_.get(), &app::PhiReviewPage::reviewFinished);
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
    QCOMPARE(page_->queue()->rowOfCase(id), -1);
    const std::string note = one("SELECT note_text FROM cases WHERE external_id = 'phi-a'");
    QVERIFY2(note.find("John Smith") == std::string::npos && note.find("617-555-0134") == std::string::npos, note.c_str());
    QVERIFY2(note.find("[NAME]") != std::string::npos && note.find("[PHONE]") != std::string::npos, note.c_str());
    QCOMPARE(one("SELECT status FROM cases WHERE external_id = 'phi-a'"), std::string("ready"));
    // The next case is open and the reason is cleared for it.
    QVERIFY(page_->caseView()->hasCase());
    QVERIFY(page_->caseView()->current().caseId != id);
    QVERIFY(reason->text().isEmpty());
    QVERIFY(!find<QPushButton>("phiRedact")->isEnabled());
    QVERIFY2(find<QLabel>("phiStatus")->text().contains(QStringLiteral("next case")), qPrintable(find<QLabel>("phiStatus")->text()));
  }

  void falsePositiveRecordsOverridesAndReleasesTheCase() {
    QVERIFY(openPage());
    QVERIFY(selectCase("phi-d"));
    QCOMPARE(one("SELECT count(*) FROM phi_overrides WHERE case_id = " + std::to_string(caseId("phi-d"))), std::string("0"));
    QTest::keyClicks(find<QLineEdit>("phiReason"), QStringLiteral("teaching file number"));
    auto* button = find<QPushButton>("phiFalsePositive");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(find<QLabel>("phiHint")->text().contains(QStringLiteral("Not PHI keeps")));
    QSignalSpy done(page_.get(), &app::PhiReviewPage::reviewFinished);
    QTest::mouseClick(button, Qt::LeftButton);  // the same button again confirms
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
    QVERIFY(std::stoi(one("SELECT count(*) FROM phi_overrides WHERE case_id = " + std::to_string(caseId("phi-d")))) >= 1);
    QCOMPARE(one("SELECT status FROM cases WHERE external_id = 'phi-d'"), std::string("ready"));
    QVERIFY(one("SELECT note_text FROM cases WHERE external_id = 'phi-d'").find("415-555-0172") != std::string::npos);
    QCOMPARE(page_->queue()->rowOfCase(caseId("phi-d")), -1);
  }

  void caseReviewedMeanwhileSaysSoAndReloads() {
    QVERIFY(openPage());
    QVERIFY(selectCase("phi-e"));
    auto c = client();
    const std::string other = c.login("other", kTestPassword);
    auto r = c.postJson("/api/v1/cases/" + std::to_string(caseId("phi-e")) + "/phi-review",
                        {{"action", "redact"}, {"reason", "done by the other lead"}}, other);
    QCOMPARE(r.status, 200);
    QCOMPARE(page_->queue()->rowOfCase(caseId("phi-e")) >= 0, true);  // the page has not heard yet

    QTest::keyClicks(find<QLineEdit>("phiReason"), QStringLiteral("surrogates are fine here"));
    QSignalSpy done(page_.get(), &app::PhiReviewPage::reviewFinished);
    QTest::mouseClick(find<QPushButton>("phiSurrogate"), Qt::LeftButton);
    QVERIFY(find<QLabel>("phiHint")->text().contains(QStringLiteral("fictional")));
    QTest::mouseClick(find<QPushButton>("phiSurrogate"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
    QCOMPARE(find<QLabel>("phiStatus")->text(), QStringLiteral("Another data lead already reviewed this case."));
    QTRY_VERIFY_WITH_TIMEOUT(!page_->queue()->loading() && page_->queue()->exhausted(), 15000);
    QCOMPARE(page_->queue()->rowOfCase(caseId("phi-e")), -1);
    std::set<std::string> shown;
    for (int row = 0; row < page_->queue()->rowCount(); ++row) shown.insert(page_->queue()->caseAt(row).externalId.toStdString());
    QCOMPARE(shown, quarantinedInDb());
    // The other lead's redaction stands: nothing was surrogated over it.
    QVERIFY(one("SELECT note_text FROM cases WHERE external_id = 'phi-e'").find("[NAME]") != std::string::npos);
  }
};

QTEST_MAIN(LeadPhiTest)
#include "test_lead_phi.moc"
