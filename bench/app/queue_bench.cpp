// Times the queue with N assignments: filling the model page by page (as the server pages it),
// filtering by text and by status, and painting the table at 200 positions through the list.
// Prints figures; asserts nothing. Run with QT_QPA_PLATFORM=offscreen (bench/app/run.sh does).
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <cstdio>

#include "model/assignment_model.h"
#include "model/queue_filter_model.h"

using namespace concord::app;

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  const int total = argc > 1 ? std::atoi(argv[1]) : 100000;
  const int pageSize = 200;  // what the app asks the server for

  AssignmentModel model;
  model.setFetcher([total, pageSize](const QString& cursor, auto done) {
    const int start = cursor.isEmpty() ? 0 : cursor.toInt();
    std::vector<AssignmentRow> rows;
    rows.reserve(pageSize);
    for (int i = start; i < std::min(total, start + pageSize); ++i) {
      AssignmentRow r;
      r.assignmentId = i + 1;
      r.caseId = i + 1;
      r.project = i % 3 ? QStringLiteral("chest-pain") : QStringLiteral("dermatology");
      r.externalId = QStringLiteral("case-%1").arg(i, 6, 10, QLatin1Char('0'));
      r.specialty = QStringLiteral("cardiology");
      r.status = i % 4 ? QStringLiteral("assigned") : QStringLiteral("submitted");
      r.assignedAt = QStringLiteral("2026-01-01T10:00:00Z");
      rows.push_back(std::move(r));
    }
    done(std::move(rows), start + pageSize < total ? QString::number(start + pageSize) : QString(), {});
  });
  QueueFilterModel filter;
  filter.setSourceModel(&model);
  QTableView view;
  view.setModel(&filter);
  view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  view.verticalHeader()->setDefaultSectionSize(22);
  view.resize(1280, 800);
  view.show();

  QElapsedTimer t;
  t.start();
  model.reload();
  while (!model.exhausted() || model.loading()) {
    if (model.canFetchMore({})) model.fetchMore({});
    QCoreApplication::processEvents();
  }
  const double fillMs = t.nsecsElapsed() / 1e6;

  t.restart();
  filter.setTextFilter(QStringLiteral("case-0999"));
  const int textRows = filter.rowCount();
  const double textMs = t.nsecsElapsed() / 1e6;
  t.restart();
  filter.setTextFilter({});
  filter.setStatusFilter(QueueFilterModel::Status::ToDo);
  const int todoRows = filter.rowCount();
  const double statusMs = t.nsecsElapsed() / 1e6;
  filter.setStatusFilter(QueueFilterModel::Status::All);

  const int frames = 200;
  QElapsedTimer frame;
  double worst = 0, sum = 0;
  for (int i = 0; i < frames; ++i) {
    frame.start();
    view.scrollTo(filter.index(static_cast<int>(static_cast<long long>(i) * (filter.rowCount() - 1) / (frames - 1)), 0));
    view.viewport()->grab();  // forces layout and a full paint of the visible rows
    const double ms = frame.nsecsElapsed() / 1e6;
    worst = std::max(worst, ms);
    sum += ms;
  }
  std::printf("rows                      %d (pages of %d)\n", model.rowCount(), pageSize);
  std::printf("fill model, all pages     %.1f ms\n", fillMs);
  std::printf("text filter               %.1f ms (%d rows match)\n", textMs, textRows);
  std::printf("status filter             %.1f ms (%d rows to do)\n", statusMs, todoRows);
  std::printf("jump + paint table        mean %.2f ms, worst %.2f ms over %d positions\n", sum / frames, worst, frames);
  return 0;
}
