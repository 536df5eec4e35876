#pragma once
// Counts gathered while records stream past: what the manifest and the dataset card report.
// Sizes grow with the number of splits, labels and clinicians, never with the number of cases.
#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "record_builder.h"

namespace concord::exporters {

struct ExportStats {
  std::uint64_t records = 0;
  std::map<std::string, std::uint64_t> perSplit;
  std::map<std::string, std::map<std::string, std::uint64_t>> perLabel;  // split -> label -> records
  std::map<std::string, std::uint64_t> excluded;                          // reason -> cases
  std::map<std::string, std::uint64_t> resolution;                        // resolution -> records
  std::map<std::size_t, std::uint64_t> annotatorsPerRecord;
  std::map<std::string, std::uint64_t> agreementBands;  // "1.0", "[0.75,1.0)", ...
  double agreementSum = 0;
  std::set<std::string> clinicians;
  std::uint64_t phiOverridden = 0;

  void addRecord(const std::string& split, const BuiltRecord& built, const std::vector<std::string>& annotators);
  void exclude(const std::string& reason) { ++excluded[reason]; }
  double meanAgreement() const { return records ? agreementSum / static_cast<double>(records) : 0.0; }
  std::uint64_t duplicates() const;
};

}  // namespace concord::exporters
