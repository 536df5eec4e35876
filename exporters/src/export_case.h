#pragma once
// One case as the export sees it: the case, its submitted answers for the exported field (one
// per clinician, under the clinician's pseudonym), and the adjudicated answer when there is one.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "concord/core/json.h"

namespace concord::exporters {

struct AnnotatorAnswer {
  std::string annotator;  // users.pseudonym, never the username
  int schemaVersion = 0;
  Json answer;         // the payload's value for the exported field
  Json responseOrder;  // assignments.response_order: what "A" and "B" meant to this clinician
};

struct ExportCase {
  std::int64_t id = 0;
  std::string externalId;
  std::string patientKey;  // already a pseudonym
  std::string specialty;
  std::string noteText;
  Json content = Json::object();  // conversation, responses, rubric criteria (when the task needs them)
  bool isGold = false;
  std::optional<Json> adjudicated;  // adjudications.final_payload's value for the field
  std::string adjudicator;          // pseudonym of the data lead who adjudicated
  std::vector<AnnotatorAnswer> answers;  // sorted by annotator pseudonym
  std::vector<std::string> phiOverrides;  // "category:sha256-of-matched-text"
};

struct ProjectInfo {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  Json annotationSchema;
  int schemaVersion = 1;
};

}  // namespace concord::exporters
