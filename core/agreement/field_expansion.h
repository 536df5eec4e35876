#pragma once
// Multi-choice and rubric-grading fields reduce to scalar ratings on (unit, label) or
// (unit, criterion) items; the item id joins the two with an ASCII unit separator.
#include <string>
#include <vector>

#include "concord/agreement/field_kind.h"
#include "concord/agreement/rating.h"

namespace concord::agreement::detail {

inline constexpr char kItemSeparator = '\x1f';

struct ExpandedRatings {
    std::vector<Rating> ratings;     // one per (rating, label or criterion)
    std::vector<std::string> parts;  // labels or criteria, in order
};

// MultiChoice: value is a list of labels -> "present" / "absent" per label (labels: the given
// set, else every label seen). RubricGrading: value is {criterion: grade} -> the grade per
// criterion. Gold and adjudicated values expand the same way.
ExpandedRatings expandRatings(const std::vector<Rating>& ratings, FieldKind kind, const std::vector<std::string>& labels);

// The label or criterion of an expanded item id.
inline std::string partOfItem(const std::string& item) { return item.substr(item.rfind(kItemSeparator) + 1); }

}  // namespace concord::agreement::detail
