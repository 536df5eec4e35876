#include "phi_gate.h"

#include <algorithm>

#include "concord/core/hashing.h"
#include "concord/phi/detector.h"

namespace concord::exporters {
namespace {
constexpr std::size_t kHitsReported = 20;
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
    }
  }
  return clean;
}

std::string PhiGate::report() const {
  std::string text = "the PHI scan found " + std::to_string(hitCount_) + " possible identifier(s) in text about to be "
                     "exported; nothing was published. Review them (or record an override in phi_overrides):";
  for (const auto& hit : firstHits_) {
    text += "\n  case " + std::to_string(hit.caseId) + " " + hit.where + ": " + hit.category;
  }
  if (hitCount_ > firstHits_.size()) text += "\n  ... and " + std::to_string(hitCount_ - firstHits_.size()) + " more";
  return text;
}

}  // namespace concord::exporters
