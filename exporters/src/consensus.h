#pragma once
// How a case's answers become one final answer without hiding the disagreement: the
// adjudicated answer when a data lead decided, otherwise the answer a strict plurality of
// clinicians gave; a tie stays unresolved (and is exported as such, with every answer).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "concord/core/json.h"

namespace concord::exporters {

/// One clinician's answer reduced to what is compared: `key` equal means "the same answer".
struct Vote {
  std::string key;
  Json value;
};

struct Consensus {
  std::optional<Json> finalAnswer;  // empty when unresolved
  std::string resolution;           // "adjudicated", "unanimous", "majority", "unresolved"
  double agreement = 0;             // share of clinicians who gave the most common answer
  std::size_t agreeing = 0;         // clinicians who gave the final answer
  std::vector<std::pair<std::string, std::size_t>> counts;  // key -> votes, sorted by key
};

Consensus decide(const std::vector<Vote>& votes, const std::optional<Json>& adjudicated,
                 const std::optional<std::string>& adjudicatedKey);

/// The key of a JSON answer: its canonical text (nlohmann sorts object keys).
std::string canonicalKey(const Json& value);

/// Text compared for duplicates and free-text votes: trimmed, lower-cased (ASCII), white space
/// collapsed to single spaces.
std::string normaliseText(std::string_view text);

}  // namespace concord::exporters
