// The app's memory over a long annotation session, against a real server: logs in as a clinician,
// then opens, answers (key presses and a mouse-drawn region, through the real editors) and submits
// (Ctrl+Return, which moves to the next case) N cases, sampling the resident set size from
// /proc/self/status every few annotations. Prints figures; asserts nothing.
//   concord-session-bench make-cases --count N --out FILE     cases with a note and an image each
//   concord-session-bench run --server URL --ca-file CA --user U [--annotations 500]
//                             [--sample-every 50] [--pace-ms 0]   (password in CONCORD_PASSWORD)
// --pace-ms 7200 spreads 500 annotations over an hour; the default 0 compresses the session.
#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "editors/field_editor.h"
#include "editors/regions_editor.h"
#include "model/annotation_document.h"
#include "model/assignment_model.h"
#include "offline/outbox.h"
#include "ui/app_options.h"
#include "ui/case_page.h"
#include "ui/image_canvas.h"
#include "ui/login_page.h"
#include "ui/main_window.h"
#include "ui/queue_page.h"

using namespace concord::app;

namespace {

long statusKb(const char* field) {
  QFile f(QStringLiteral("/proc/self/status"));
  if (!f.open(QIODevice::ReadOnly)) return -1;
  for (const QByteArray& line : f.readAll().split('\n')) {
    if (line.startsWith(field)) return line.mid(static_cast<int>(qstrlen(field))).trimmed().split(' ').value(0).toLong();
  }
  return -1;
}

/// A synthetic 1024×768 "scan": smooth shading, a few shapes and grain, so the PNG is of a
/// realistic size (a few hundred KB) and differs from case to case.
QByteArray scanPng(quint32 seed) {
  QRandomGenerator rng(seed);
  QImage image(1024, 768, QImage::Format_RGB32);
  QPainter p(&image);
  QRadialGradient g(512, 384, 600);
  g.setColorAt(0, QColor(180, 180, 180));
  g.setColorAt(1, QColor(20, 20, 20));
  p.fillRect(image.rect(), g);
  for (int i = 0; i < 6; ++i) {
    const int v = 60 + rng.bounded(180);
    p.setBrush(QColor(v, v, v));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPoint(rng.bounded(1024), rng.bounded(768)), 20 + rng.bounded(120), 20 + rng.bounded(120));
  }
  p.end();
  for (int y = 0; y < image.height(); ++y) {
    auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < image.width(); x += 2) {
      const int n = rng.bounded(16) - 8;
      const int v = std::clamp(qGray(row[x]) + n, 0, 255);
      row[x] = qRgb(v, v, v);
    }
  }
  QByteArray png;
  QBuffer buffer(&png);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return png;
}

int makeCases(int count, const QString& out) {
  QFile f(out);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
    std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
    return 1;
  }
  qint64 imageBytes = 0;
  for (int i = 0; i < count; ++i) {
    const QByteArray png = scanPng(static_cast<quint32>(i + 1));
    imageBytes += png.size();
    const QString note =
        QStringLiteral("Synthetic benchmark case %1. A %2-year-old presents with chest pain for %3 hours; takes aspirin "
                       "75 mg daily. Heart rate %4, blood pressure 135/85. Chest film attached. Assessment requested.")
            .arg(i + 1).arg(30 + i % 50).arg(1 + i % 12).arg(60 + i % 40);
    f.write(QStringLiteral(R"({"external_id": "bench-%1", "patient_key": "bench-patient-%2", "specialty": "cardiology", )"
                           R"("note": "%3", "images": [{"mime_type": "image/png", "data_base64": ")")
                .arg(i + 1, 4, 10, QLatin1Char('0')).arg(i / 2).arg(note).toUtf8());
    f.write(png.toBase64());
    f.write("\"}]}\n");
  }
  std::printf("wrote %d cases to %s (images: %.1f MB in total, %.0f KB each on average)\n", count, qPrintable(out),
              static_cast<double>(imageBytes) / 1e6, static_cast<double>(imageBytes) / 1024.0 / std::max(1, count));
  return 0;
}

template <typename T>
T* editorOf(CasePage* page, const char* id) {
  for (auto* e : page->editors()) {
    if (e->spec().id == id) return qobject_cast<T*>(e);
  }
  return nullptr;
}

void key(QWidget* w, Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(w, k, m); }

/// Answers the bench schema (bench/app/schema.json) as a clinician would, through the editors.
void annotate(CasePage* page, int n) {
  page->setActiveField(0);  // finding: single choice, keys 1–4
  key(page, static_cast<Qt::Key>(Qt::Key_1 + n % 4));
  key(page, Qt::Key_Down, Qt::ControlModifier);  // signs: multi choice
  key(page, Qt::Key_1);
  key(page, Qt::Key_3);
  page->setActiveField(2);  // urgency: ordinal
  key(page, static_cast<Qt::Key>(Qt::Key_1 + n % 3));
  page->setActiveField(3);  // heart rate: a digit starts typing into the box
  key(page, Qt::Key_7);
  if (QWidget* box = QApplication::focusWidget()) key(box, Qt::Key_2);
  page->setFocus();
  page->setActiveField(4);  // lesions: a rectangle drawn on the case's image
  if (auto* regions = editorOf<RegionsEditor>(page, "lesions")) {
    ImageCanvas* canvas = regions->canvas();
    if (QTest::qWaitFor([canvas] { return !canvas->image().isNull(); }, 10000)) {
      auto at = [canvas](int x, int y) { return canvas->toWidget(QPointF(x, y)).toPoint(); };
      QTest::mousePress(canvas, Qt::LeftButton, {}, at(100 + n % 200, 100));
      QTest::mouseRelease(canvas, Qt::LeftButton, {}, at(300 + n % 200, 260));
    }
  }
  page->setFocus();
  page->setActiveField(5);  // comment: Return focuses the text box
  key(page, Qt::Key_Return);
  if (QWidget* box = QApplication::focusWidget()) QTest::keyClicks(box, QStringLiteral("Benchmark answer %1").arg(n));
  page->setFocus();
}

int runSession(const QCommandLineParser& args) {
  QTemporaryDir dir;
  AppOptions options;
  options.server = args.value(QStringLiteral("server"));
  options.caFile = args.value(QStringLiteral("ca-file"));
  options.user = args.value(QStringLiteral("user"));
  options.password = qEnvironmentVariable("CONCORD_PASSWORD");
  options.outboxPath = dir.filePath(QStringLiteral("outbox.sqlite"));
  const int total = args.value(QStringLiteral("annotations")).toInt();
  const int every = std::max(1, args.value(QStringLiteral("sample-every")).toInt());
  const int paceMs = args.value(QStringLiteral("pace-ms")).toInt();

  MainWindow w(options);
  w.show();
  // Shortcuts such as Ctrl+Return only fire in the active window (on X11 that is not a given).
  w.activateWindow();
  if (!QTest::qWaitForWindowActive(&w, 10000)) std::fprintf(stderr, "session: the window did not become active\n");
  const long startKb = statusKb("VmRSS:");
  w.loginPage()->submit();
  if (!QTest::qWaitFor([&] { return w.currentPage() == w.queuePage() && w.assignments()->rowCount() > 0 &&
                                    !w.assignments()->loading(); }, 30000)) {
    std::fprintf(stderr, "session: no queue after logging in as %s\n", qPrintable(options.user));
    return 1;
  }
  CasePage* page = w.casePage();
  emit w.queuePage()->openCase(w.assignments()->rowAt(0).caseId);

  std::vector<std::pair<int, long>> samples{{0, startKb}};
  QElapsedTimer clock;
  clock.start();
  qint64 previous = 0;
  int backToQueue = 0;
  int regionsDrawn = 0;
  int stalls = 0;  // waits that timed out (a slow server or a stuck page): reported, not fatal
  for (int n = 0; n < total; ++n) {
    if (w.currentPage() == w.queuePage()) {
      // Ctrl+Return found no later case among the loaded rows: load the next page as scrolling
      // would, and open the next case to do, as the clinician would from the table.
      ++backToQueue;
      AssignmentModel* model = w.assignments();
      if (model->canFetchMore({})) model->fetchMore({});
      if (!QTest::qWaitFor([model] { return !model->loading(); }, 15000)) ++stalls;
      const qint64 next = w.queuePage()->nextCaseAfter(previous);
      if (next == 0) {
        std::fprintf(stderr, "session: the queue ran out after %d annotations\n", n);
        break;
      }
      emit w.queuePage()->openCase(next);
    }
    if (!QTest::qWaitFor([&] { return page->loaded() && page->caseId() != previous; }, 15000)) {
      std::fprintf(stderr, "session: case %d did not load: %s\n", n + 1, qPrintable(page->statusText()));
      return 1;
    }
    previous = page->caseId();
    annotate(page, n);
    if (page->document() && page->document()->value("lesions").size() > 0) ++regionsDrawn;
    // Sampled with the case fully on screen (image decoded, answer drawn), before it is left.
    if ((n + 1) % every == 0) {
      const auto canvases = page->findChildren<ImageCanvas*>();
      if (!QTest::qWaitFor([&] { return std::all_of(canvases.begin(), canvases.end(),
                                                    [](ImageCanvas* c) { return !c->image().isNull(); }); }, 5000)) ++stalls;
      QTest::qWait(20);  // and painted
      samples.emplace_back(n + 1, statusKb("VmRSS:"));
      // Progress on stderr: a paced session runs for an hour.
      std::fprintf(stderr, "session: %d annotations, RSS %.1f MB, %.0f s\n", n + 1,
                   static_cast<double>(samples.back().second) / 1024.0, static_cast<double>(clock.elapsed()) / 1000.0);
    }
    if (paceMs > 0) QTest::qWait(paceMs);
    key(page, Qt::Key_Return, Qt::ControlModifier);
    // Wait for the server to take it (or the app to move on), so the queue never piles up.
    if (!QTest::qWaitFor([&] { return w.outbox()->items().isEmpty() && page->caseId() != previous; }, 15000)) ++stalls;
  }
  const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
  if (!QTest::qWaitFor([&] { return w.outbox()->items().isEmpty(); }, 15000)) ++stalls;

  std::printf("session: %d annotations in %.0f s (%.0f ms each, %s platform)%s\n", samples.back().first, seconds,
              1000.0 * seconds / std::max(1, samples.back().first), qPrintable(QGuiApplication::platformName()),
              paceMs > 0 ? "" : " — an hour's work compressed: no pauses between cases (--pace-ms to pace it)");
  std::printf("session: regions drawn on %d case(s); left in the outbox: %lld; back at the queue (no loaded case "
              "left): %d time(s); waits timed out: %d\n", regionsDrawn, static_cast<long long>(w.outbox()->items().size()), backToQueue, stalls);
  std::printf("rss_series annotations:MB");
  long peak = 0;
  for (const auto& [n, kb] : samples) {
    std::printf(" %d:%.1f", n, static_cast<double>(kb) / 1024.0);
    peak = std::max(peak, kb);
  }
  std::printf("\n");
  auto at = [&](int n) {
    for (const auto& s : samples) {
      if (s.first == n) return s.second;
    }
    return -1L;
  };
  const int last = samples.back().first;
  const long from = at(std::min(100, last));
  std::printf("rss_peak_mb %.1f (sampled); VmHWM %.1f MB\n", static_cast<double>(peak) / 1024.0,
              static_cast<double>(statusKb("VmHWM:")) / 1024.0);
  std::printf("rss_growth_mb %.1f between annotation %d and %d\n",
              static_cast<double>(samples.back().second - from) / 1024.0, std::min(100, last), last);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QStandardPaths::setTestModeEnabled(true);  // settings and app data away from the user's files
  QCoreApplication::setOrganizationName(QStringLiteral("ConcordBench"));
  QCoreApplication::setApplicationName(QStringLiteral("concord-session-bench"));
  QCommandLineParser args;
  args.addPositionalArgument(QStringLiteral("command"), QStringLiteral("make-cases | run"));
  args.addOptions({{QStringLiteral("count"), QStringLiteral("cases to write"), QStringLiteral("N"), QStringLiteral("520")},
                   {QStringLiteral("out"), QStringLiteral("JSONL file to write"), QStringLiteral("FILE")},
                   {QStringLiteral("server"), QStringLiteral("server URL"), QStringLiteral("URL")},
                   {QStringLiteral("ca-file"), QStringLiteral("CA to trust"), QStringLiteral("FILE")},
                   {QStringLiteral("user"), QStringLiteral("clinician"), QStringLiteral("NAME")},
                   {QStringLiteral("annotations"), QStringLiteral("annotations to make"), QStringLiteral("N"), QStringLiteral("500")},
                   {QStringLiteral("sample-every"), QStringLiteral("RSS sample interval"), QStringLiteral("N"), QStringLiteral("50")},
                   {QStringLiteral("pace-ms"), QStringLiteral("pause per annotation"), QStringLiteral("MS"), QStringLiteral("0")}});
  args.addHelpOption();
  args.process(app);
  const QString command = args.positionalArguments().value(0);
  if (command == QLatin1String("make-cases")) return makeCases(args.value(QStringLiteral("count")).toInt(), args.value(QStringLiteral("out")));
  if (command == QLatin1String("run")) return runSession(args);
  args.showHelp(2);
}
