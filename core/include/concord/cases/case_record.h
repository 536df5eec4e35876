#pragma once
// One case of a JSONL import file, parsed and checked. The line format is specified in
// docs/case-import.md. Parsing needs no database: the server stores the result in `cases`
// (`content` = contentJson()) and `case_media`, and checks `goldAnswer` against the project's
// annotation schema itself.
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "concord/core/json.h"
#include "concord/schema/annotation_schema.h"

namespace concord {

/// An image or audio recording, decoded from base64 and checked against its MIME type.
struct CaseMedium {
  std::string mimeType;  // one of the allowed types, see concord/cases/media_type.h
  std::string bytes;     // decoded content
  std::string sha256;    // lowercase hex of `bytes`
};

struct ConversationMessage {
  std::string role;  // "system", "user" or "assistant"
  std::string content;
};

/// A candidate model response; `model` is never shown to clinicians.
struct CandidateResponse {
  std::string model;
  std::string content;
};

struct Conversation {
  std::vector<ConversationMessage> messages;
  std::vector<CandidateResponse> responses;  // none, or exactly two (a pairwise preference)
};

/// A criterion clinicians grade met/unmet (rubric_grading fields refer to `id`).
struct RubricCriterion {
  std::string id;
  std::string text;
  int points = 0;  // −10..10, never 0
  std::vector<std::string> tags;
};

struct CaseRecord {
  std::size_t lineNumber = 0;  // 1-based line of the import file
  std::string externalId;
  std::string patientKey;  // already a pseudonym
  std::string specialty;   // "" when not given
  std::string note;        // "" when not given
  bool isGold = false;
  std::optional<Json> goldAnswer;  // an annotation payload, not yet checked against a schema
  std::vector<CaseMedium> images;
  std::vector<CaseMedium> audio;
  std::optional<Conversation> conversation;
  std::vector<RubricCriterion> rubricCriteria;

  /// What the server stores in `cases.content`: the conversation with model identities and the
  /// rubric criteria; members absent when the case has none. Never media bytes.
  /// {"conversation": {"messages": [{"role", "content"}], "responses": [{"model", "content"}]},
  ///  "rubric_criteria": [{"id", "text", "points", "tags"}]}
  Json contentJson() const;

  /// The facts annotation payloads for this case are validated against.
  ValidationContext validationContext() const;
};

/// Why a line was refused. what() reads "line 12, field images/0/mime_type: <message>", or
/// "line 12: <message>" when the problem is not one field's. `field` is a JSON pointer into the
/// line's object without the leading slash ("" for the whole line).
class CaseImportError : public std::runtime_error {
 public:
  CaseImportError(std::size_t line, std::string field, const std::string& message);
  std::size_t line() const { return line_; }
  const std::string& field() const { return field_; }
  /// The message without the "line N, field F: " prefix.
  const std::string& reason() const { return reason_; }

 private:
  std::size_t line_;
  std::string field_;
  std::string reason_;
};

/// Parses one JSONL line (a trailing "\r" is ignored, so CRLF files work; callers skip blank
/// lines). Throws CaseImportError for the first problem found, never a nlohmann exception.
/// Error messages are valid UTF-8 whatever the input.
CaseRecord parseCaseLine(std::string_view line, std::size_t lineNumber);

/// The validation context of a stored case: `noteText` from `cases.note_text`, `content` from
/// `cases.content`, `imageCount` from `case_media`. Tolerates content of any shape.
ValidationContext caseValidationContext(std::string_view noteText, const Json& content, std::size_t imageCount);

}  // namespace concord
