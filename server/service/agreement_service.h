#pragma once
// Inter-annotator agreement of one project field, computed by the core agreement library from the
// submitted annotations. The field kind decides the statistic:
//   single_choice → nominal alpha; ordinal → ordinal alpha (levels in schema order);
//   number → interval alpha (ratio when the field says so); multi_choice → nominal alpha per
//   label (chosen or not); preference → nominal alpha over the de-randomised answer (the source
//   response chosen, or "tie"); rubric_grading → nominal alpha per criterion (met or not);
//   spans → pairwise span F1 (exact boundaries, same label); regions → pairwise IoU-F1 per image
//   (IoU ≥ 0.5, same label; polygons by their bounding boxes). free_text and rubric_authoring
//   have no agreement statistic. Gold answers and adjudications travel as rating metadata; in
//   them a preference letter names the response in source order ("A" = the first response).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "concord/core/json.h"
#include "service/context.h"
#include "store/database.h"

namespace concord::service {

struct AgreementQuery {
  std::string projectSlug;
  std::string field;
  std::optional<std::string> specialty;
  std::optional<std::string> from;  // ISO 8601 date or date-time, inclusive
  std::optional<std::string> to;    // exclusive
  std::string annotators;           // comma-separated usernames or pseudonyms; empty = everyone
  int bootstrap = 0;                // resamples for the alpha interval; 0 = none
  std::string seed;                 // unsigned integer; empty = 0
};

class AgreementService {
 public:
  explicit AgreementService(store::Database& db) : db_(db) {}

  /// {"project", "field", "kind", "filters", "n_ratings", "report"}. Unknown project: NotFound;
  /// unknown field or a field without a statistic: BadRequest.
  Json report(const Principal& who, const AgreementQuery& query);

 private:
  store::Database& db_;
};

}  // namespace concord::service
