#pragma once
// Blinded presentation of pairwise-preference cases. Clinicians see the candidate responses as
// "A" and "B" in an order drawn per assignment and never see which model wrote which.
//
// An order is a permutation of the indices of content["conversation"]["responses"]: order[0]
// is the index of the response shown as "A", order[1] the one shown as "B". The server draws it
// once per assignment with responseOrderFor(), stores responseOrderModels() in
// assignments.response_order (e.g. ["model-y", "model-x"]: "A" meant model-y), and serves
// blindedConversation().
#include <string>
#include <string_view>
#include <vector>

#include "concord/core/json.h"

namespace concord {

/// A deterministic order for `responseCount` responses (a Fisher–Yates shuffle driven by
/// SHA-256 of `seedMaterial`). Pass material a clinician cannot predict, e.g.
/// hmacSha256Hex(serverSecret, "response-order:" + assignmentId), so the same assignment always
/// sees the same order and different assignments see independent ones.
std::vector<int> responseOrderFor(std::string_view seedMaterial, std::size_t responseCount = 2);

/// The case's conversation as a clinician may see it:
/// {"messages": [{"role", "content"}], "responses": [{"label": "A", "content"}, {"label": "B", ...}]}
/// with responses relabelled in `order` and no model identity. Null when `content` has no
/// conversation. Throws std::invalid_argument when `order` is not a permutation of the
/// responses' indices or `content` is malformed (never a nlohmann exception).
Json blindedConversation(const Json& content, const std::vector<int>& order);

/// The model names in presentation order, for assignments.response_order. Same errors as above.
Json responseOrderModels(const Json& content, const std::vector<int>& order);

/// The letter ("A", "B", ...) of presentation position `position`.
std::string responseLabel(std::size_t position);

}  // namespace concord
