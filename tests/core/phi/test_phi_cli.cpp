// concord-phi end to end: JSONL in, JSON lines out, through a real process.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

const QString kTool = QStringLiteral(CONCORD_BINARY_DIR "/bin/concord-phi");

struct Run {
  int exitCode = -1;
  QList<QJsonObject> lines;
  QByteArray stderrText;
};

Run runTool(const QStringList& arguments, const QByteArray& input) {
  QProcess process;
  process.start(kTool, arguments);
  Run run;
  if (!process.waitForStarted()) return run;
  process.write(input);
  process.closeWriteChannel();
  process.waitForFinished(30000);
  run.exitCode = process.exitCode();
  run.stderrText = process.readAllStandardError();
  for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
    if (!line.isEmpty()) run.lines.push_back(QJsonDocument::fromJson(line).object());
  }
  return run;
}

}  // namespace

class PhiCliTest : public QObject {
  Q_OBJECT
 private slots:
  void findingsUseCodePointOffsets() {
    // "é" is two bytes in UTF-8 but one code point: the name starts at code point 14.
    const QByteArray input = QString::fromUtf8(R"({"id": "n1", "text": "Fiancé of Pt: Zoë Ølstad, seen 03/14/2023."})")
                                 .toUtf8() + "\n";
    const Run run = runTool({}, input);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines.size(), 1);
    const QJsonObject out = run.lines[0];
    QCOMPARE(out["id"].toString(), QString("n1"));
    const QJsonArray findings = out["findings"].toArray();
    QCOMPARE(findings.size(), 2);
    const QString text = QString::fromUtf8("Fiancé of Pt: Zoë Ølstad, seen 03/14/2023.");
    const QJsonObject name = findings[0].toObject();
    QCOMPARE(name["category"].toString(), QString("name"));
    QCOMPARE(text.mid(name["start"].toInt(), name["end"].toInt() - name["start"].toInt()), QString::fromUtf8("Zoë Ølstad"));
    QCOMPARE(findings[1].toObject()["category"].toString(), QString("date"));
  }

  void redactModeAndFileArgument() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath("notes.jsonl"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"id": 7, "text": "Call (312) 555-0198 or email jo@example.org."})" "\n"
               R"({"id": 8, "text": "No identifiers here."})" "\n");
    file.close();
    const Run run = runTool({"--redact", file.fileName()}, {});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines.size(), 2);
    QCOMPARE(run.lines[0]["id"].toInt(), 7);
    QCOMPARE(run.lines[0]["text"].toString(), QString("Call [PHONE] or email [EMAIL]."));
    QCOMPARE(run.lines[1]["text"].toString(), QString("No identifiers here."));
  }

  void surrogateModeIsConsistentPerPatientAndSeeded() {
    const QByteArray input = R"({"id": 1, "patient": "A", "text": "Patient: Ingrid Vasquez"})" "\n"
                             R"({"id": 2, "patient": "A", "text": "Mrs. Vasquez called."})" "\n"
                             R"({"id": 3, "patient": "B", "text": "Mrs. Vasquez called."})" "\n";
    const Run first = runTool({"--surrogate", "--seed", "11"}, input);
    const Run again = runTool({"--surrogate", "--seed", "11"}, input);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.lines.size(), 3);
    for (int k = 0; k < 3; ++k) QCOMPARE(first.lines[k]["text"], again.lines[k]["text"]);
    QCOMPARE(first.lines[0]["patient"].toString(), QString("A"));
    const QString one = first.lines[0]["text"].toString();
    const QString two = first.lines[1]["text"].toString();
    QVERIFY(!one.contains("Vasquez") && !two.contains("Vasquez"));
    const QString fakeSurname = two.mid(QString("Mrs. ").size()).section(' ', 0, 0);
    QVERIFY2(one.endsWith(" " + fakeSurname), qPrintable(one + " / " + two));
    QVERIFY(!first.lines[2]["text"].toString().contains("Vasquez"));
  }

  void malformedLinesAreReportedAndCounted() {
    const QByteArray input = "not json\n"
                             R"({"id": 2})" "\n"
                             R"({"id": 3, "text": "fine"})" "\n";
    const Run run = runTool({}, input);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.lines.size(), 3);
    QVERIFY(run.lines[0].contains("error"));
    QCOMPARE(run.lines[1]["id"].toInt(), 2);
    QVERIFY(run.lines[1].contains("error"));
    QCOMPARE(run.lines[2]["findings"].toArray().size(), 0);
    QVERIFY(run.stderrText.contains("line 1"));
  }

  void usageErrors() {
    QCOMPARE(runTool({"--surrogate"}, {}).exitCode, 2);
    QCOMPARE(runTool({"--seed", "3"}, {}).exitCode, 2);
    QCOMPARE(runTool({"--bogus"}, {}).exitCode, 2);
    QCOMPARE(runTool({"/nonexistent/notes.jsonl"}, {}).exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(PhiCliTest)
#include "test_phi_cli.moc"
