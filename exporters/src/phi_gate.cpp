#include "phi_gate.h"

#include <algorithm>

#include "concord/core/hashing.h"
#include "concord/phi/detector.h"

namespace concord::exporters {
namespace {
constexpr std::size_t kHitsReported = 20;
// A detector gone wrong must not turn one export into millions of finding rows.
constexpr std::size_t kHitsRecorded = 100000;
}

bool PhiGate::scan(const ExportCase& exportCase, const BuiltRecord& record) {
  bool clean = true;
  for (const auto& [where, text] : record.texts) {
    for (const auto& finding : phi::detectPhiBytes(text)) {
      std::string category(phi::categoryName(finding.category));
      std::string matched = text.substr(finding.start, finding.end - finding.start);
      std::string overrideKey = category + ":" + sha256Hex(matched);
      if (std::binary_search(exportCase.phiOverrides.begin(), exportCase.phiOverrides.end(), overrideKey)) {
        ++overridden_;
        continue;
      }
      clean = false;
      ++hitCount_;
      if (firstHits_.size() < kHitsReported) firstHits_.push_back({exportCase.id, where, category});
      if (hits_.size() < kHitsRecorded) hits_.push_back({exportCase.id, where, category});
    }
  }
  return clean;
}

std::string PhiGate::report() const {
  std::string text = "the PHI scan found " + std::to_string(hitCount_) + " possible identifier(s) in text about to be "
                     "exported; nothing was published. Their cases are now quarantined for a data lead's PHI review "
                     "(confirm a false positive, redact or replace), after which the export can run again:";
  for (const auto& hit : firstHits_) {
    text += "\n  case " + std::to_string(hit.caseId) + " " + hit.where + ": " + hit.category;
  }
  if (hitCount_ > firstHits_.size()) text += "\n  ... and " + std::to_string(hitCount_ - firstHits_.size()) + " more";
  return text;
}

}  // namespace concord::exporters
