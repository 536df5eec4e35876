// The conversation and rubric criteria of an import line.
#include <set>

#include "../schema/json_helpers.h"
#include "case_parts.h"

namespace concord::detail {

namespace {

constexpr std::size_t kMaxMessageBytes = 1'000'000;
constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxCriterionLength = 2000;

ConversationMessage readMessage(const Json& value, std::size_t line, const std::string& pointer) {
  CaseObjectReader message(value, line, pointer, "a message");
  message.allowOnly({"role", "content"});
  ConversationMessage result;
  result.role = message.text("role", {.required = true});
  if (result.role != "system" && result.role != "user" && result.role != "assistant") {
    message.fail("role", "must be \"system\", \"user\" or \"assistant\", not " + quoteText(result.role));
  }
  result.content = message.text("content", {.required = true, .maxBytes = kMaxMessageBytes});
  return result;
}

CandidateResponse readResponse(const Json& value, std::size_t line, const std::string& pointer) {
  CaseObjectReader response(value, line, pointer, "a response");
  response.allowOnly({"model", "content"});
  CandidateResponse result;
  result.model = response.text(
      "model", {.required = true, .allowEmpty = false, .maxCodePoints = kMaxNameLength, .identifier = true});
  result.content = response.text("content", {.required = true, .allowEmpty = false, .maxBytes = kMaxMessageBytes});
  return result;
}

bool isCriterionIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || c == ':';
}

RubricCriterion readCriterion(const Json& value, std::size_t line, const std::string& pointer) {
  CaseObjectReader criterion(value, line, pointer, "a rubric criterion");
  criterion.allowOnly({"id", "text", "points", "tags"});
  RubricCriterion result;
  result.id = criterion.text("id", {.required = true, .allowEmpty = false, .maxCodePoints = 64});
  for (char c : result.id) {
    if (!isCriterionIdChar(c)) criterion.fail("id", "may contain only letters, digits and _ - . :");
  }
  result.text = criterion.text("text", {.required = true, .maxCodePoints = kMaxCriterionLength});
  if (result.text.find_first_not_of(" \t\r\n") == std::string::npos) criterion.fail("text", "must not be empty");
  const Json* points = criterion.find("points");
  if (points == nullptr) criterion.fail("points", "is required");
  auto whole = wholeNumber(*points);
  if (!whole || *whole < -10 || *whole > 10 || *whole == 0) {
    criterion.fail("points", "must be a whole number from -10 to 10 other than 0");
  }
  result.points = static_cast<int>(*whole);
  if (const Json* tags = criterion.list("tags")) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < tags->size(); ++i) {
      const std::string tagPointer = childPointer(criterion.pointerOf("tags"), i);
      const Json& tag = (*tags)[i];
      if (!tag.is_string()) failAt(line, tagPointer, "a tag must be a string, not " + describeType(tag));
      checkText(tag.get<std::string>(), {.allowEmpty = false, .maxCodePoints = kMaxNameLength}, line, tagPointer);
      if (!seen.insert(tag.get<std::string>()).second) failAt(line, tagPointer, "duplicate tag");
      result.tags.push_back(tag.get<std::string>());
    }
  }
  return result;
}

}  // namespace

std::optional<Conversation> readConversation(const CaseObjectReader& line) {
  const Json* value = line.find("conversation");
  if (value == nullptr) return std::nullopt;
  CaseObjectReader conversation(*value, line.line(), line.pointerOf("conversation"), "the conversation");
  conversation.allowOnly({"messages", "responses"});
  Conversation result;
  if (const Json* messages = conversation.list("messages")) {
    for (std::size_t i = 0; i < messages->size(); ++i) {
      result.messages.push_back(
          readMessage((*messages)[i], line.line(), childPointer(conversation.pointerOf("messages"), i)));
    }
  }
  if (const Json* responses = conversation.list("responses")) {
    // A preference compares exactly two responses; one alone cannot be compared.
    if (!responses->empty() && responses->size() != 2) {
      conversation.fail("responses", "must hold exactly 2 candidate responses (or none), not " +
                                         std::to_string(responses->size()));
    }
    for (std::size_t i = 0; i < responses->size(); ++i) {
      result.responses.push_back(
          readResponse((*responses)[i], line.line(), childPointer(conversation.pointerOf("responses"), i)));
    }
    // Blinding records the order by model name, so the names must tell the responses apart.
    if (result.responses.size() == 2 && result.responses[0].model == result.responses[1].model) {
      failAt(line.line(), conversation.pointerOf("responses") + "/1/model",
             "the two responses must come from differently named models");
    }
  }
  if (result.messages.empty()) {
    conversation.fail("messages", result.responses.empty() ? "a conversation needs at least one message"
                                                           : "responses need the messages they answer");
  }
  return result;
}

std::vector<RubricCriterion> readRubricCriteria(const CaseObjectReader& line) {
  std::vector<RubricCriterion> criteria;
  const Json* list = line.list("rubric_criteria");
  if (list == nullptr) return criteria;
  std::set<std::string> ids;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string pointer = childPointer(line.pointerOf("rubric_criteria"), i);
    RubricCriterion criterion = readCriterion((*list)[i], line.line(), pointer);
    if (!ids.insert(criterion.id).second) {
      failAt(line.line(), pointer + "/id", "duplicate criterion id " + quoteText(criterion.id));
    }
    criteria.push_back(std::move(criterion));
  }
  return criteria;
}

}  // namespace concord::detail
