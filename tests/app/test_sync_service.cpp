// The sync service's queue rules without a server: a newer write of a case replaces its older
// queued draft (keeping the version it was based on), submissions are never replaced, and
// nothing is sent while logged out. Unreachable servers leave items queued.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "net/api_client.h"
#include "offline/outbox.h"
#include "offline/sync_service.h"

using namespace concord;
using namespace concord::app;

class SyncServiceTest : public QObject {
  Q_OBJECT
 private slots:
  void newerWritesReplaceQueuedDrafts() {
    QTemporaryDir dir;
    ApiClient api;
    Outbox box(dir.filePath(QStringLiteral("o.sqlite")));
    SyncService sync(&api, &box);
    QTRY_VERIFY(box.isReady());
    sync.saveAnnotation(7, QStringLiteral("case-7"), Json{{"status", "draft"}, {"payload", {{"f", "a"}}}}, "\"v3\"");
    sync.saveAnnotation(7, QStringLiteral("case-7"), Json{{"status", "draft"}, {"payload", {{"f", "b"}}}}, "\"v3\"");
    QCOMPARE(box.items().size(), 1);
    QCOMPARE(box.items()[0].body, QByteArray(R"({"payload":{"f":"b"},"status":"draft"})"));
    sync.saveAnnotation(8, QStringLiteral("case-8"), Json{{"status", "draft"}, {"payload", Json::object()}}, "");
    sync.saveAnnotation(7, QStringLiteral("case-7"), Json{{"status", "submitted"}, {"payload", {{"f", "c"}}}}, "");
    QCOMPARE(box.items().size(), 2);
    QCOMPARE(box.items()[1].caseId, 7);
    QCOMPARE(box.items()[1].status, QStringLiteral("submitted"));
    QCOMPARE(box.items()[1].ifMatch, QByteArray("\"v3\""));  // based on what the replaced draft was
    sync.saveAnnotation(7, QStringLiteral("case-7"), Json{{"status", "draft"}, {"payload", {{"f", "d"}}}}, "");
    QCOMPARE(box.items().size(), 3);  // a queued submission is never replaced
    QSet<QString> keys;
    for (const auto& i : box.items()) keys.insert(i.idempotencyKey);
    QCOMPARE(keys.size(), 3);
  }

  void unreachableServerKeepsItemsQueued() {
    QTemporaryDir dir;
    ApiClient api;
    api.setServer(QUrl(QStringLiteral("https://127.0.0.1:1")));  // nothing listens there
    api.setToken("token");
    Outbox box(dir.filePath(QStringLiteral("o.sqlite")));
    SyncService sync(&api, &box);
    sync.setRetryDelay(60000);
    QTRY_VERIFY(box.isReady());
    QSignalSpy queued(&sync, &SyncService::queued);
    QSignalSpy online(&sync, &SyncService::onlineChanged);
    sync.skip(3, QStringLiteral("case-3"), QStringLiteral("Outside my specialty"));
    QVERIFY(queued.wait(15000));
    QCOMPARE(queued.at(0).at(0).toLongLong(), 3);
    QVERIFY(queued.at(0).at(1).toString().startsWith(QStringLiteral("Cannot reach the Concord server")));
    QCOMPARE(online.count(), 1);
    QVERIFY(!sync.online());
    QCOMPARE(box.count(OutboxItem::State::Pending), 1);
  }
};

QTEST_MAIN(SyncServiceTest)
#include "test_sync_service.moc"
