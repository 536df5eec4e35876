#pragma once
// Review of disagreements by data leads: the review queue, a case with every annotation side by
// side (unblinded: model identities and each annotator's response order), and adjudication.
//
// Disagreement rule (documented in docs/openapi.json too): a case disagrees when, for any field of
// kind single_choice, ordinal, multi_choice or preference, its submitted annotations do not all
// hold the same value. Multi-choice values compare as sets; preferences compare the
// de-randomised choice (the source response picked, or "tie"), so "A" for one clinician and "B"
// for another can be the same answer; strength is not compared. An absent value counts as a
// value of its own. Other kinds (numbers, spans, regions, text, rubrics) never put a case in
// the queue on their own.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "concord/core/json.h"
#include "concord/schema/annotation_schema.h"
#include "service/annotation_service.h"
#include "service/case_service.h"
#include "service/context.h"
#include "store/database.h"

namespace concord::service {

struct AdjudicationWrite {
  std::string projectSlug;
  std::int64_t caseId = 0;
  std::string idempotencyKey;          // required
  std::optional<std::string> ifMatch;  // required when an adjudication exists
  std::string rawBody;
  Json body;  // {"final_payload": {...}, "rationale": "..."}
};

class ReviewService {
 public:
  explicit ReviewService(store::Database& db) : db_(db) {}

  /// {"items": [{case_id, external_id, specialty, submitted, disagreeing_fields}], "next_cursor"}.
  Json reviewQueue(const Principal& who, const std::string& projectSlug, const std::string& cursor, int limit);

  /// The case with every annotation and the adjudication; etag is the adjudication's (or empty).
  /// Audited as a read of case content.
  CaseView caseAnnotations(const Principal& who, const std::string& projectSlug, std::int64_t caseId,
                           const RequestMeta& meta);

  WriteResult putAdjudication(const Principal& who, const AdjudicationWrite& write, const RequestMeta& meta);

 private:
  store::Database& db_;
};

/// The source response a preference choice picked: "A" → responseOrder[0], "B" →
/// responseOrder[1], as "response-<index>"; "tie" stays "tie"; null for anything else. Orders
/// may hold source indices or model names (looked up in `models`, the responses' model names in
/// source order); an empty order means the responses were shown in source order.
Json derandomisedChoice(const Json& choice, const Json& responseOrder, const std::vector<std::string>& models);

/// Ids of the fields whose submitted values disagree (see the rule above), in schema order.
/// Each annotation is {payload, response order}.
struct ComparedAnnotation {
  Json payload;
  Json responseOrder;
};
std::vector<std::string> disagreeingFields(const AnnotationSchema& schema, const std::vector<ComparedAnnotation>& annotations,
                                           const std::vector<std::string>& models);

/// The responses' model names of a case's content, in source order.
std::vector<std::string> responseModels(const Json& content);

}  // namespace concord::service
