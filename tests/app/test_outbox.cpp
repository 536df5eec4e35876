// The offline queue file: items keep their idempotency keys, order and state across a restart,
// and updates and removals written just before closing are on disk afterwards.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "offline/outbox.h"

using namespace concord::app;

namespace {
OutboxItem item(qint64 caseId, const QString& key, const QString& status = QStringLiteral("submitted")) {
  OutboxItem i;
  i.caseId = caseId;
  i.caseLabel = QStringLiteral("case-%1").arg(caseId);
  i.status = status;
  i.body = R"({"status":"submitted","payload":{"finding":"normal"}})";
  i.idempotencyKey = key;
  i.createdMs = 1000 + caseId;
  return i;
}

bool waitReady(Outbox& box) {
  return box.isReady() || QSignalSpy(&box, &Outbox::ready).wait(5000);
}
}  // namespace

class OutboxTest : public QObject {
  Q_OBJECT
 private slots:
  void itemsSurviveARestart() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
    {
      Outbox box(path);
      QVERIFY(waitReady(box));
      QCOMPARE(box.items().size(), 0);
      box.add(item(1, QStringLiteral("key-1")));
      box.add(item(2, QStringLiteral("key-2"), QStringLiteral("draft")));
      box.add(item(3, QStringLiteral("key-3")));
      OutboxItem conflicted = item(2, QStringLiteral("key-2"), QStringLiteral("draft"));
      conflicted.state = OutboxItem::State::Conflict;
      conflicted.message = QStringLiteral("Someone saved a newer version of this annotation.");
      conflicted.ifMatch = "\"v3\"";
      box.update(conflicted);
      box.remove(QStringLiteral("key-3"));
      QCOMPARE(box.items().size(), 2);
      QCOMPARE(box.count(OutboxItem::State::Pending), 1);
    }  // closing flushes the writes queued to the worker thread
    Outbox again(path);
    QVERIFY(waitReady(again));
    const auto& items = again.items();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].idempotencyKey, QStringLiteral("key-1"));
    QCOMPARE(items[0].caseId, 1);
    QCOMPARE(items[0].body, QByteArray(R"({"status":"submitted","payload":{"finding":"normal"}})"));
    QCOMPARE(items[0].state, OutboxItem::State::Pending);
    QCOMPARE(items[1].idempotencyKey, QStringLiteral("key-2"));
    QCOMPARE(items[1].state, OutboxItem::State::Conflict);
    QCOMPARE(items[1].ifMatch, QByteArray("\"v3\""));
    QCOMPARE(items[1].message, QStringLiteral("Someone saved a newer version of this annotation."));
    QCOMPARE(items[1].status, QStringLiteral("draft"));
  }

  void addsBeforeTheFileIsReadAreKept() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
    {
      Outbox box(path);
      QVERIFY(waitReady(box));
      box.add(item(1, QStringLiteral("old")));
    }
    Outbox box(path);
    box.add(item(2, QStringLiteral("new")));  // before ready()
    QVERIFY(waitReady(box));
    QCOMPARE(box.items().size(), 2);
    QCOMPARE(box.items()[0].idempotencyKey, QStringLiteral("old"));
    QCOMPARE(box.items()[1].idempotencyKey, QStringLiteral("new"));
  }

  void unusableFileIsReported() {
    Outbox box(QStringLiteral("/nonexistent-dir/for/sure/outbox.sqlite"));
    QSignalSpy failed(&box, &Outbox::storageFailed);
    QVERIFY(waitReady(box));
    QCOMPARE(failed.count(), 1);
  }
};

QTEST_MAIN(OutboxTest)
#include "test_outbox.moc"
