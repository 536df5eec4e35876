// The annotation document: each edit is one undo step, typing runs merge, no-op edits leave no
// step, the PHI flag is undoable, and validation uses the schema with the case's facts.
#include <QSignalSpy>
#include <QtTest>

#include "model/annotation_document.h"
#include "model/text_offsets.h"

using namespace concord;
using namespace concord::app;

namespace {
AnnotationDocument* makeDocument(QObject* parent) {
  auto schema = AnnotationSchema::parse(Json::parse(R"({"fields": [
    {"id": "finding", "kind": "single_choice", "required": true, "options": [{"value": "a"}, {"value": "b"}]},
    {"id": "note", "kind": "free_text", "max": 5},
    {"id": "spans", "kind": "spans", "options": [{"value": "x"}]}]})"));
  ValidationContext ctx;
  ctx.textLength = 10;
  return new AnnotationDocument(std::move(schema), ctx, Json::parse(R"({"finding": "a"})"), parent);
}
}  // namespace

class AnnotationDocumentTest : public QObject {
  Q_OBJECT
 private slots:
  void editsUndoAndRedo() {
    QObject owner;
    auto* doc = makeDocument(&owner);
    QSignalSpy changed(doc, &AnnotationDocument::fieldChanged);
    QVERIFY(!doc->modified());
    doc->edit("finding", "b", QStringLiteral("Choose b"));
    QCOMPARE(doc->value("finding"), Json("b"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("finding"));
    QVERIFY(doc->modified());
    doc->edit("finding", "b", QStringLiteral("again"));  // no change, no step
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->edit("finding", Json(), QStringLiteral("Clear"));
    QVERIFY(!doc->payload().contains("finding"));  // cleared = absent, never null
    doc->undoStack()->undo();
    QCOMPARE(doc->value("finding"), Json("b"));
    doc->undoStack()->undo();
    QCOMPARE(doc->value("finding"), Json("a"));
    QVERIFY(!doc->modified());
    doc->undoStack()->redo();
    QCOMPARE(doc->value("finding"), Json("b"));
  }

  void typingRunsMergeIntoOneStep() {
    QObject owner;
    auto* doc = makeDocument(&owner);
    doc->edit("note", "h", QStringLiteral("type"), 7);
    doc->edit("note", "he", QStringLiteral("type"), 7);
    doc->edit("note", "hey", QStringLiteral("type"), 7);
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->edit("finding", "b", QStringLiteral("Choose b"));
    doc->edit("note", "hey!", QStringLiteral("type"), 7);  // a new run after another edit
    QCOMPARE(doc->undoStack()->count(), 3);
    doc->undoStack()->undo();
    QCOMPARE(doc->value("note"), Json("hey"));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->value("note"), Json());
  }

  void phiFlagIsUndoable() {
    QObject owner;
    auto* doc = makeDocument(&owner);
    QSignalSpy flagged(doc, &AnnotationDocument::flagPhiChanged);
    doc->setFlagPhi(true);
    QVERIFY(doc->flagPhi());
    doc->setFlagPhi(true);
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QVERIFY(!doc->flagPhi());
    QCOMPARE(flagged.count(), 2);
  }

  void validationUsesTheCase() {
    QObject owner;
    auto* doc = makeDocument(&owner);
    QVERIFY(doc->validate(PayloadStage::Submitted).empty());
    doc->edit("spans", Json::parse(R"([{"start": 8, "end": 12, "label": "x"}])"), QStringLiteral("mark"));
    auto errors = doc->validate(PayloadStage::Draft);
    QCOMPARE(errors.size(), std::size_t{1});
    QCOMPARE(errors[0].path, std::string("/spans/0/end"));  // past the 10-character note
    doc->edit("finding", Json(), QStringLiteral("Clear"));
    doc->edit("spans", Json(), QStringLiteral("Clear"));
    QVERIFY(doc->validate(PayloadStage::Draft).empty());
    QCOMPARE(doc->validate(PayloadStage::Submitted).size(), std::size_t{1});  // required
  }

  void codePointOffsets() {
    const QString text = QStringLiteral("a\U0001F600b");  // the emoji is two UTF-16 units
    QCOMPARE(codePointOffset(text, 0), 0);
    QCOMPARE(codePointOffset(text, 1), 1);
    QCOMPARE(codePointOffset(text, 3), 2);
    QCOMPARE(codePointOffset(text, 4), 3);
    QCOMPARE(utf16Offset(text, 2), 3);
    QCOMPARE(utf16Offset(text, 3), 4);
    QCOMPARE(utf16Offset(text, 99), 4);
  }
};

QTEST_MAIN(AnnotationDocumentTest)
#include "test_annotation_document.moc"
