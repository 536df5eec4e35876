#pragma once
// Progress on stderr: a redrawn bar on a terminal, plain periodic lines otherwise (logs, CI).
#include <chrono>

#include "concord/exporters/run_export.h"

namespace concord::exporters {

class StderrProgress final : public ProgressSink {
 public:
  StderrProgress();
  void report(const ExportProgress& progress) override;

 private:
  bool terminal_;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point lastLine_;
};

}  // namespace concord::exporters
