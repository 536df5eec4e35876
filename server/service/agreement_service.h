#pragma once
// Inter-annotator agreement of one project field: the submitted annotations, filtered, mapped to
// ratings and handed to the core agreement library's fieldReport() (result shape in
// docs/agreement.md). The field kind decides the statistic: single_choice → nominal alpha;
// ordinal → ordinal alpha (levels in schema order); number → interval alpha (ratio when the field
// says so); multi_choice → nominal alpha per label; preference → nominal alpha over the
// de-randomised answer (the source response chosen, "response-<index>", or "tie");
// rubric_grading → nominal alpha per criterion (met / unmet); spans → pairwise span F1 (headline:
// exact boundaries, same label); regions → pairwise IoU-F1 per image (IoU ≥ 0.5; polygons by
// their bounding boxes). free_text and rubric_authoring have no statistic. Coders are annotator
// pseudonyms. Gold answers and adjudications travel as rating metadata for the vs_gold and
// vs_adjudicated breakdowns; in them a preference letter names the response in source order
// ("A" = the first response).
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
