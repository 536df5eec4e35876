// Every field kind through the real widgets and keys, against a real server: choose, toggle,
// rate, type a number, mark text spans, draw / move / delete regions, write free text, prefer a
// response with strength, author and grade a rubric; undo and redo; the help overlay; submit —
// and the server stores exactly what was entered.
#include <QBuffer>
#include <QSignalSpy>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>
#include <cmath>

#include "app_test_support.h"
#include "case_seed.h"
#include "editors/number_editor.h"
#include "editors/free_text_editor.h"
#include "editors/regions_editor.h"
#include "editors/rubric_authoring_editor.h"
#include "editors/spans_editor.h"
#include "model/annotation_document.h"
#include "test_database.h"
#include "test_server.h"
#include "ui/audio_panel.h"
#include "ui/help_overlay.h"

using namespace concord;
using namespace concord::testing;

class AppEditorsTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
  std::int64_t caseId_ = 0;
  QTemporaryDir dir_;

  Json storedPayload(std::int64_t caseId, std::string* status = nullptr) {
    pqxx::connection conn(db_->url());
    pqxx::work tx(conn);
    auto r = tx.exec_params("SELECT status, payload::text FROM annotations WHERE case_id = $1", caseId);
    if (r.empty()) return nullptr;
    if (status) *status = r[0][0].as<std::string>();
    return Json::parse(r[0][1].as<std::string>());
  }

  template <typename T>
  T* editorOf(app::CasePage* page, const char* fieldId) {
    for (auto* e : page->editors()) {
      if (e->spec().id == fieldId) return qobject_cast<T*>(e);
    }
    return nullptr;
  }

  static void key(QWidget* w, Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(w, k, m); }

 private slots:
  void initTestCase() {
    isolateSettings();
    db_ = std::make_unique<TestDatabase>();
    auto user = seedUser(db_->url(), "carol", "clinician", {"cardiology"});
    auto project = seedProject(db_->url(), "all-kinds", allKindsSchema());
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    caseId_ = seedRichCase(db_->url(), project, user, "rich-1", png.toStdString(), silentWav());
    server_ = std::make_unique<TestServer>(db_->url());
  }
  void cleanupTestCase() {
    server_.reset();
    db_.reset();
  }

  void annotateEveryKindUndoRedoAndSubmit() {
    app::MainWindow w(optionsFor(server_->baseUrl(), server_->caFile(), "carol", dir_.filePath("outbox.sqlite")));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(logIn(w, 1));
    emit w.queuePage()->openCase(caseId_);
    app::CasePage* page = w.casePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->loaded(), 15000);
    page->setAutosaveDelay(0);
    QCOMPARE(page->editors().size(), std::size_t{10});
    app::AnnotationDocument* doc = page->document();

    // Blinded conversation: letters only, never the stored model names.
    const QString conversation = page->findChild<QTextBrowser*>(QStringLiteral("conversation"))->toPlainText();
    QVERIFY(conversation.contains(QStringLiteral("Response A")));
    QVERIFY(conversation.contains(QStringLiteral("Response B")));
    QVERIFY(!conversation.contains(QStringLiteral("model-")));
    // Response order [1, 0]: A is the second stored response.
    QVERIFY(conversation.indexOf(QStringLiteral("Probably nothing")) < conversation.indexOf(QStringLiteral("Seek care now")));

    // Audio: F5 fetches the recording and plays it — or says plainly that this computer cannot.
    key(page, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!page->audioPanel()->statusText().startsWith(QStringLiteral("Loading")), 15000);
    const QString audioStatus = page->audioPanel()->statusText();
    QVERIFY2(audioStatus.isEmpty() || audioStatus.contains(QStringLiteral("cannot be played")), qPrintable(audioStatus));
    page->setFocus();

    // single choice: the active field is the first one.
    QCOMPARE(page->activeField(), 0);
    key(page, Qt::Key_2);
    QCOMPARE(doc->value("triage"), Json("routine"));

    // multi choice: toggles, stored in schema order.
    key(page, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(page->activeField(), 1);
    key(page, Qt::Key_3);
    key(page, Qt::Key_1);
    QCOMPARE(doc->value("findings"), Json::parse(R"(["a", "c"])"));
    key(page, Qt::Key_1);
    QCOMPARE(doc->value("findings"), Json::parse(R"(["c"])"));
    key(page, Qt::Key_1);

    // ordinal: the level's number value.
    page->setActiveField(2);
    key(page, Qt::Key_3);
    QCOMPARE(doc->value("severity"), Json(3));

    // number: a digit starts typing into the box; out-of-range text is flagged, not stored.
    page->setActiveField(3);
    auto* number = editorOf<app::NumberEditor>(page, "heart_rate");
    key(page, Qt::Key_7);
    QTest::keyClicks(number->input(), "2");
    QCOMPARE(doc->value("heart_rate"), Json(72));
    QCOMPARE(number->input()->text(), QStringLiteral("72"));

    // spans: select "aspirin" in the note, press the label's key.
    page->setActiveField(4);
    page->setFocus();
    QTextEdit* note = page->noteView();
    QTextCursor cursor(note->document());
    cursor.setPosition(14);
    cursor.setPosition(21, QTextCursor::KeepAnchor);
    note->setTextCursor(cursor);
    QCOMPARE(cursor.selectedText(), QStringLiteral("aspirin"));
    key(page, Qt::Key_1);
    QCOMPARE(doc->value("entities"), Json::parse(R"([{"start": 14, "end": 21, "label": "drug"}])"));
    QCOMPARE(note->extraSelections().size(), 1);
    QCOMPARE(editorOf<app::SpansEditor>(page, "entities")->list()->count(), 1);

    // regions: the case's image comes from the server; draw a rectangle, move it, draw a
    // polygon, delete it.
    page->setActiveField(5);
    auto* regions = editorOf<app::RegionsEditor>(page, "lesions");
    app::ImageCanvas* canvas = regions->canvas();
    QTRY_VERIFY_WITH_TIMEOUT(!canvas->image().isNull(), 15000);
    QCOMPARE(canvas->image().size(), QSize(400, 300));
    canvas->resize(400, 320);
    canvas->fitToWindow();
    QCOMPARE(canvas->scale(), 1.0);
    // Image pixels → canvas position (the image is centred in the canvas).
    auto at = [canvas](int x, int y) { return canvas->toWidget(QPointF(x, y)).toPoint(); };
    QTest::mousePress(canvas, Qt::LeftButton, {}, at(10, 20));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, at(110, 70));
    QVERIFY2(doc->value("lesions") ==
             Json::parse(R"([{"image": 0, "label": "lesion", "shape": "rect", "x": 10, "y": 20, "w": 100, "h": 50}])"), doc->value("lesions").dump().c_str());
    QTest::mousePress(canvas, Qt::LeftButton, {}, at(50, 40));  // inside: select and drag
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, at(60, 45));
    // The canvas may be re-fitted by layout between events: allow a pixel of rounding.
    auto near = [](const Json& v, double want) { return v.is_number() && std::abs(v.get<double>() - want) <= 1.0; };
    QVERIFY2(near(doc->value("lesions")[0]["x"], 20) && near(doc->value("lesions")[0]["y"], 25),
             doc->value("lesions").dump().c_str());
    QCOMPARE(doc->value("lesions")[0]["w"], Json(100.0));
    key(page, Qt::Key_2);  // label "artefact"
    key(page, Qt::Key_P);  // polygons
    for (QPoint p : {at(200, 100), at(300, 100), at(250, 200)}) QTest::mouseClick(canvas, Qt::LeftButton, {}, p);
    key(canvas, Qt::Key_Return);
    QCOMPARE(doc->value("lesions").size(), std::size_t{2});
    const Json polygon = doc->value("lesions")[1];
    QCOMPARE(polygon["label"], Json("artefact"));
    QCOMPARE(polygon["shape"], Json("polygon"));
    QCOMPARE(polygon["points"].size(), std::size_t{3});
    QVERIFY2(near(polygon["points"][0][0], 200) && near(polygon["points"][1][0], 300) && near(polygon["points"][2][1], 200),
             polygon.dump().c_str());
    QTest::mouseClick(canvas, Qt::LeftButton, {}, at(250, 130));  // select the polygon
    QCOMPARE(canvas->selected(), 1);
    key(canvas, Qt::Key_Delete);
    QCOMPARE(doc->value("lesions").size(), std::size_t{1});

    // free text.
    page->setActiveField(6);
    auto* text = editorOf<app::FreeTextEditor>(page, "comment");
    key(page, Qt::Key_Return);
    QVERIFY(text->input()->hasFocus());
    QTest::keyClicks(text->input(), "Looks fine");
    QCOMPARE(doc->value("comment"), Json("Looks fine"));
    // Ctrl+Z inside the text box is the document's undo (one step for the typing run).
    key(text->input(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->value("comment"), Json());
    QCOMPARE(text->input()->toPlainText(), QString());
    key(text->input(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc->value("comment"), Json("Looks fine"));
    page->setFocus();

    // preference: B, strength 2; a tie drops the strength.
    page->setActiveField(7);
    key(page, Qt::Key_T);
    QCOMPARE(doc->value("pref"), Json::parse(R"({"choice": "tie"})"));
    key(page, Qt::Key_B);
    key(page, Qt::Key_2);
    QCOMPARE(doc->value("pref"), Json::parse(R"({"choice": "B", "strength": 2})"));

    // rubric authoring: N adds a row and puts the cursor in it.
    page->setActiveField(8);
    auto* rubric = editorOf<app::RubricAuthoringEditor>(page, "rubric");
    key(page, Qt::Key_N);
    QCOMPARE(rubric->rowCount(), 1);
    auto* criterion = rubric->findChild<QLineEdit*>(QStringLiteral("criterion_0"));
    QVERIFY(criterion);
    QTest::keyClicks(criterion, "Recommends ECG");
    rubric->findChild<QSpinBox*>(QStringLiteral("points_0"))->setValue(5);
    QCOMPARE(doc->value("rubric"), Json::parse(R"([{"criterion": "Recommends ECG", "points": 5}])"));

    // rubric grading: M / N grade the current criterion and move on.
    page->setActiveField(9);
    page->setFocus();
    key(page, Qt::Key_M);
    key(page, Qt::Key_N);
    QCOMPARE(doc->value("grading"),
             Json::parse(R"([{"criterion_id": "c1", "met": true}, {"criterion_id": "c2", "met": false}])"));

    // Undo twice, redo once, from the page's shortcuts.
    key(page, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->value("grading"), Json::parse(R"([{"criterion_id": "c1", "met": true}])"));
    key(page, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->value("grading"), Json());
    QVERIFY(!page->editors()[9]->findChild<QAbstractButton*>(QStringLiteral("met_0"))->isChecked());
    key(page, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(doc->value("grading"), Json::parse(R"([{"criterion_id": "c1", "met": true}])"));
    key(page, Qt::Key_N);  // grading continues at c2
    page->setActiveField(9);

    // Save a draft (Ctrl+S) and reopen the case: the answers come back from the server, spans
    // highlighted in the note and values in the editors.
    const Json draft = doc->payload();
    key(page, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(storedPayload(caseId_), draft, 15000);
    QSignalSpy reloaded(page, &app::CasePage::caseLoaded);
    emit w.queuePage()->openCase(caseId_);
    QVERIFY2(reloaded.wait(15000), qPrintable(page->statusText()));
    doc = page->document();
    QCOMPARE(doc->payload(), draft);
    QCOMPARE(page->noteView()->extraSelections().size(), 1);
    QCOMPARE(editorOf<app::NumberEditor>(page, "heart_rate")->input()->text(), QStringLiteral("72"));
    page->setActiveField(9);
    page->setFocus();

    // Flag PHI is an undoable edit too.
    key(page, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(doc->flagPhi());

    // The help overlay lists the page's shortcuts and each editor's keys.
    key(page, Qt::Key_F1);
    QVERIFY(page->helpOverlay()->isVisible());
    const QString help = page->helpOverlay()->text();
    QVERIFY(help.contains(QStringLiteral("Submit and go to the next case")));
    QVERIFY(help.contains(QStringLiteral("prefer response A / B")));
    QVERIFY(help.contains(QStringLiteral("mark the selected note text as drug")));
    key(page->helpOverlay(), Qt::Key_Escape);
    QVERIFY(!page->helpOverlay()->isVisible());

    // Everything validates locally as a submission; submit and compare with the server.
    std::string problems;
    for (const auto& e : doc->validate(PayloadStage::Submitted)) problems += e.path + ": " + e.message + "; ";
    QVERIFY2(problems.empty(), problems.c_str());
    const Json expected = doc->payload();
    page->setFocus();
    key(page, Qt::Key_Return, Qt::ControlModifier);
    std::string status;
    QTRY_VERIFY_WITH_TIMEOUT(!storedPayload(caseId_, &status).is_null() && status == "submitted", 15000);
    QCOMPARE(storedPayload(caseId_), expected);
    QCOMPARE(expected["lesions"].size(), std::size_t{1});
    QCOMPARE(expected["comment"], Json("Looks fine"));
    QCOMPARE(expected["grading"].size(), std::size_t{2});

  }
};

QTEST_MAIN(AppEditorsTest)
#include "test_app_editors.moc"
