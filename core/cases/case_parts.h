#pragma once
// Readers of the parts of an import line, one file each. Internal to concord_core.
#include <optional>
#include <string_view>
#include <vector>

#include "case_line_reader.h"
#include "concord/cases/case_record.h"
#include "concord/cases/media_type.h"

namespace concord::detail {

/// The list `key` ("images" or "audio") of {mime_type, data_base64}, decoded and checked.
std::vector<CaseMedium> readMedia(const CaseObjectReader& line, std::string_view key, MediaKind kind);

/// "conversation": messages and none or two candidate responses.
std::optional<Conversation> readConversation(const CaseObjectReader& line);

/// "rubric_criteria": criteria with unique ids.
std::vector<RubricCriterion> readRubricCriteria(const CaseObjectReader& line);

/// "gold_answer": an object, required exactly when the case is gold.
std::optional<Json> readGoldAnswer(const CaseObjectReader& line, bool isGold);

}  // namespace concord::detail
