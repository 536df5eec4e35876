#include "export_stats.h"

namespace concord::exporters {
namespace {

std::string agreementBand(double agreement) {
  if (agreement >= 1.0) return "1.0";
  if (agreement >= 0.75) return "[0.75,1.0)";
  if (agreement >= 0.5) return "[0.5,0.75)";
  return "[0,0.5)";
}

}  // namespace

void ExportStats::addRecord(const std::string& split, const BuiltRecord& built,
                            const std::vector<std::string>& annotators) {
  ++records;
  ++perSplit[split];
  for (const auto& label : built.labels) ++perLabel[split][label];
  ++resolution[built.resolution];
  ++annotatorsPerRecord[built.annotators];
  ++agreementBands[agreementBand(built.agreement)];
  agreementSum += built.agreement;
  clinicians.insert(annotators.begin(), annotators.end());
}

std::uint64_t ExportStats::duplicates() const {
  auto found = excluded.find("duplicate");
  return found == excluded.end() ? 0 : found->second;
}

}  // namespace concord::exporters
