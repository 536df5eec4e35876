#pragma once
// Replaces detected identifiers with realistic fictional values.
//
// Every replacement is a pure function of (seed, patient key, category, real value), so the
// same real name of one patient always gets the same fake name, in any note and in any order,
// and every date of one patient moves by the same number of days (so intervals survive).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/phi/detector.h"

namespace concord::phi {

class SurrogateGenerator {
 public:
  explicit SurrogateGenerator(std::uint64_t seed) : seed_(seed) {}

  /// `utf8Text` with each finding (byte offsets, sorted, disjoint) replaced by a fictional value
  /// of the same kind. `patientKey` scopes consistency; an empty key is one shared scope.
  std::string apply(std::string_view utf8Text, const std::vector<Finding>& byteFindings,
                    std::string_view patientKey) const;

  /// The whole-day shift applied to every date of this patient: non-zero, within ±365.
  int dateShiftDays(std::string_view patientKey) const;

  /// The fictional value for one real value (exposed for tests and for callers that replace
  /// structured fields, e.g. a name column, consistently with the free text).
  std::string surrogateFor(PhiCategory category, std::string_view realValue,
                           std::string_view patientKey) const;

 private:
  std::uint64_t seed_;
};

}  // namespace concord::phi
