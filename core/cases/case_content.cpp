// What the server stores for a case and the validation context of a case.
#include "concord/cases/case_record.h"
#include "concord/schema/utf8.h"

namespace concord {

Json CaseRecord::contentJson() const {
  Json content = Json::object();
  if (conversation) {
    Json messages = Json::array();
    for (const auto& m : conversation->messages) messages.push_back({{"role", m.role}, {"content", m.content}});
    Json responses = Json::array();
    for (const auto& r : conversation->responses) responses.push_back({{"model", r.model}, {"content", r.content}});
    content["conversation"] = {{"messages", std::move(messages)}, {"responses", std::move(responses)}};
  }
  if (!rubricCriteria.empty()) {
    Json criteria = Json::array();
    for (const auto& c : rubricCriteria) {
      criteria.push_back({{"id", c.id}, {"text", c.text}, {"points", c.points}, {"tags", c.tags}});
    }
    content["rubric_criteria"] = std::move(criteria);
  }
  return content;
}

ValidationContext CaseRecord::validationContext() const {
  ValidationContext context;
  context.textLength = utf8Length(note).value_or(note.size());
  context.imageCount = images.size();
  for (const auto& c : rubricCriteria) context.rubricCriterionIds.push_back(c.id);
  return context;
}

ValidationContext caseValidationContext(std::string_view noteText, const Json& content, std::size_t imageCount) {
  ValidationContext context;
  context.textLength = utf8Length(noteText).value_or(noteText.size());
  context.imageCount = imageCount;
  if (!content.is_object()) return context;
  auto criteria = content.find("rubric_criteria");
  if (criteria == content.end() || !criteria->is_array()) return context;
  for (const auto& c : *criteria) {
    if (!c.is_object()) continue;
    auto id = c.find("id");
    if (id != c.end() && id->is_string()) context.rubricCriterionIds.push_back(id->get<std::string>());
  }
  return context;
}

}  // namespace concord
