// The queue model and its filter under QAbstractItemModelTester: paging through fetchMore,
// failures, reloads that race with pages in flight, local status changes, filtering.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include "model/assignment_model.h"
#include "model/queue_filter_model.h"

using namespace concord::app;

namespace {

AssignmentRow row(int i, const QString& status = QStringLiteral("assigned")) {
  AssignmentRow r;
  r.assignmentId = 1000 + i;
  r.caseId = i + 1;
  r.project = i % 2 ? QStringLiteral("chest-pain") : QStringLiteral("derm");
  r.externalId = QStringLiteral("case-%1").arg(i);
  r.specialty = QStringLiteral("cardiology");
  r.status = status;
  r.assignedAt = QStringLiteral("2026-01-01T10:00:00Z");
  return r;
}

/// Serves `total` rows in pages of `pageSize`; the cursor is the next index. Answers later
/// (like the network) unless `immediate`.
struct FakeServer {
  FakeServer(int t, int page, bool now = false) : total(t), pageSize(page), immediate(now) {}
  int total = 0;
  int pageSize = 10;
  bool immediate = false;
  int requests = 0;
  QString failWith;

  PageFetcher fetcher() {
    return [this](const QString& cursor, auto done) {
      ++requests;
      const int start = cursor.isEmpty() ? 0 : cursor.toInt();
      std::vector<AssignmentRow> rows;
      for (int i = start; i < std::min(total, start + pageSize); ++i) rows.push_back(row(i));
      const QString next = start + pageSize < total ? QString::number(start + pageSize) : QString();
      const QString error = failWith;
      auto deliver = [done, rows, next, error]() mutable {
        if (!error.isEmpty()) return done({}, {}, error);
        done(std::move(rows), next, {});
      };
      if (immediate) deliver();
      else QTimer::singleShot(0, deliver);
    };
  }
};

}  // namespace

/// Asks for pages until the model has them all (as a scrolling view would).
bool drain(AssignmentModel& model) {
  return QTest::qWaitFor([&] {
    if (model.canFetchMore({})) model.fetchMore({});
    return model.exhausted() && !model.loading();
  }, 10000);
}

class AssignmentModelTest : public QObject {
  Q_OBJECT
 private slots:
  void onePageAtATime() {
    FakeServer server(25, 10);
    AssignmentModel model;
    model.setFetcher(server.fetcher());
    model.reload();
    QVERIFY(model.loading());
    QVERIFY(!model.canFetchMore({}));  // no second request while one is in flight
    model.fetchMore({});
    QCOMPARE(server.requests, 1);
    QTRY_COMPARE(model.rowCount(), 10);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 10);  // nothing more until asked
  }

  void pagesArriveThroughFetchMore() {
    FakeServer server(25, 10);
    AssignmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetcher(server.fetcher());
    model.reload();
    QVERIFY(drain(model));
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(server.requests, 3);  // each page asked for once
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(24, AssignmentModel::CaseColumn).data().toString(), QStringLiteral("case-24"));
    QCOMPARE(model.index(3, 0).data(AssignmentModel::CaseIdRole).toLongLong(), 4);
    QCOMPARE(model.index(3, AssignmentModel::StatusColumn).data().toString(), QStringLiteral("To do"));
    QCOMPARE(model.index(3, AssignmentModel::AssignedColumn).data().toString(), QStringLiteral("2026-01-01 10:00"));
  }

  void synchronousFetcherWorksToo() {
    FakeServer server(5, 2, true);
    AssignmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetcher(server.fetcher());
    model.reload();
    QVERIFY(drain(model));
    QCOMPARE(model.rowCount(), 5);
  }

  void failureIsReportedAndCanBeRetried() {
    FakeServer server(5, 10);
    server.failWith = QStringLiteral("Cannot reach the Concord server.");
    AssignmentModel model;
    QSignalSpy failed(&model, &AssignmentModel::loadFailed);
    model.setFetcher(server.fetcher());
    model.reload();
    QVERIFY(failed.wait());
    QCOMPARE(failed.at(0).at(0).toString(), server.failWith);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.loading());
    QVERIFY(model.canFetchMore({}));  // not marked exhausted: a retry is possible
    server.failWith.clear();
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 5);
    QVERIFY(model.exhausted());
  }

  void reloadDropsAPageStillInFlight() {
    FakeServer server(30, 10);
    AssignmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetcher(server.fetcher());
    model.reload();
    model.reload();  // the first page of the first reload must not be appended as well
    QVERIFY(drain(model));
    QCOMPARE(model.rowCount(), 30);
    for (int i = 0; i < 30; ++i) QCOMPARE(model.index(i, 0).data().toString(), QStringLiteral("case-%1").arg(i));
  }

  void localStatusChangeUpdatesTheRow() {
    FakeServer server(3, 10, true);
    AssignmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetcher(server.fetcher());
    model.reload();
    QVERIFY(drain(model));
    QSignalSpy changed(&model, &AssignmentModel::dataChanged);
    model.setCaseStatus(2, QStringLiteral("submitted"), QStringLiteral("submitted"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(1, AssignmentModel::StatusColumn).data().toString(), QStringLiteral("Submitted"));
    model.setCaseStatus(999, QStringLiteral("submitted"), QString());  // unknown case: no change
    QCOMPARE(changed.count(), 1);
  }

  void filterByStatusAndText() {
    FakeServer server(10, 100, true);
    AssignmentModel model;
    model.setFetcher(server.fetcher());
    model.reload();
    QVERIFY(drain(model));
    QueueFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 10);
    model.setCaseStatus(1, QStringLiteral("submitted"), QStringLiteral("submitted"));
    model.setCaseStatus(2, QStringLiteral("assigned"), QStringLiteral("draft"));
    filter.setStatusFilter(QueueFilterModel::Status::Submitted);
    QCOMPARE(filter.rowCount(), 1);
    filter.setStatusFilter(QueueFilterModel::Status::Draft);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("case-1"));
    filter.setStatusFilter(QueueFilterModel::Status::ToDo);
    QCOMPARE(filter.rowCount(), 9);
    filter.setTextFilter(QStringLiteral("CHEST"));  // the odd rows (chest-pain), all still to do
    QCOMPARE(filter.rowCount(), 5);
    filter.setTextFilter(QStringLiteral("case-7"));
    QCOMPARE(filter.rowCount(), 1);
  }

  void aHundredThousandRows() {
    FakeServer server(100000, 1000, true);
    AssignmentModel model;
    model.setFetcher(server.fetcher());
    model.reload();
    QVERIFY(drain(model));
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.index(99999, 0).data().toString(), QStringLiteral("case-99999"));
    QCOMPARE(model.rowOfCase(100000), 99999);
  }
};

QTEST_MAIN(AssignmentModelTest)
#include "test_assignment_model.moc"
