#pragma once
// The last check before publishing: every text an export writes is scanned with the PHI detector
// from core; a hit blocks the export unless a data lead recorded an override for exactly that
// case, category and matched text (phi_overrides). The hits are kept so the run can quarantine
// their cases for a data lead's PHI review (RunLog::quarantineForPhi).
#include <cstdint>
#include <string>
#include <vector>

#include "concord/exporters/run_export.h"
#include "export_case.h"
#include "record_builder.h"

namespace concord::exporters {

class PhiGate {
 public:
  /// Scans the record's texts; returns false (and remembers the hits) when any hit is not
  /// overridden.
  bool scan(const ExportCase& exportCase, const BuiltRecord& record);

  std::uint64_t hitCount() const { return hitCount_; }
  std::uint64_t overridden() const { return overridden_; }
  /// The first hits, for the error message.
  const std::vector<PhiHit>& firstHits() const { return firstHits_; }
  /// Every hit (up to a bound far above any real review queue), for recording as findings.
  const std::vector<PhiHit>& hits() const { return hits_; }
  /// "PHI found in 3 places: case 12 note_text (name), ..." for the error.
  std::string report() const;

 private:
  std::uint64_t hitCount_ = 0;
  std::uint64_t overridden_ = 0;
  std::vector<PhiHit> firstHits_;
  std::vector<PhiHit> hits_;
};

}  // namespace concord::exporters
