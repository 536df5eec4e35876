#include "stderr_progress.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace concord::exporters {
namespace {
constexpr int kBarWidth = 30;
constexpr auto kLineInterval = std::chrono::seconds(5);
}  // namespace

StderrProgress::StderrProgress()
    : terminal_(::isatty(STDERR_FILENO) != 0), started_(std::chrono::steady_clock::now()), lastLine_(started_) {}

void StderrProgress::report(const ExportProgress& p) {
  auto now = std::chrono::steady_clock::now();
  double seconds = std::chrono::duration<double>(now - started_).count();
  double rate = seconds > 0 ? static_cast<double>(p.recordsWritten) / seconds : 0.0;
  double megabytes = static_cast<double>(p.bytesWritten) / 1e6;
  double fraction = p.casesTotal ? static_cast<double>(p.casesRead) / static_cast<double>(p.casesTotal) : 1.0;
  if (p.done) fraction = 1.0;
  if (terminal_) {
    int filled = static_cast<int>(fraction * kBarWidth);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(kBarWidth, ' ');
    std::fprintf(stderr, "\r[%s] %5.1f%%  %llu/%llu cases  %llu records  %.1f MB  %.0f rec/s%s", bar.c_str(),
                 fraction * 100.0, static_cast<unsigned long long>(p.casesRead),
                 static_cast<unsigned long long>(p.casesTotal), static_cast<unsigned long long>(p.recordsWritten),
                 megabytes, rate, p.done ? "\n" : "");
    std::fflush(stderr);
    return;
  }
  if (!p.done && now - lastLine_ < kLineInterval) return;
  lastLine_ = now;
  std::fprintf(stderr, "concord-export: %s %llu/%llu cases read (%.1f%%), %llu records, %.1f MB, %.0f records/s\n",
               p.done ? "finished:" : "progress:", static_cast<unsigned long long>(p.casesRead),
               static_cast<unsigned long long>(p.casesTotal), fraction * 100.0,
               static_cast<unsigned long long>(p.recordsWritten), megabytes, rate);
}

}  // namespace concord::exporters
