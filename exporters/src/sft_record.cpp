// sft: chat `messages` whose assistant turn is the clinicians' reference answer (free text).
#include "consensus.h"
#include "provenance.h"
#include "task_builders.h"

namespace concord::exporters {
namespace {

class SftBuilder final : public RecordBuilder {
 public:
  SftBuilder(const FieldSpec& field, int schemaVersion) : field_(field), schemaVersion_(schemaVersion) {}

  BuiltRecord build(const ExportCase& c, const std::string& split) const override {
    BuiltRecord built;
    Json prompt = promptMessages(c);
    if (prompt.empty()) {
      built.skipReason = "no_prompt";
      return built;
    }
    Json& record = built.record;
    addProvenance(record, c, split, schemaVersion_, field_.id);
    collectMessageTexts(prompt, "messages", built);

    std::vector<Vote> votes;
    Json answers = Json::array();
    for (const auto& answer : c.answers) {
      std::string text = answer.answer.is_string() ? answer.answer.get<std::string>() : answer.answer.dump();
      votes.push_back({normaliseText(text), text});
      answers.push_back({{"annotator", answer.annotator}, {"content", text}, {"schema_version", answer.schemaVersion}});
      built.texts.emplace_back("annotations/" + answer.annotator, text);
    }
    std::optional<std::string> adjudicatedKey;
    std::optional<Json> adjudicated;
    if (c.adjudicated && c.adjudicated->is_string()) {
      adjudicated = c.adjudicated;
      adjudicatedKey = normaliseText(c.adjudicated->get<std::string>());
      built.texts.emplace_back("adjudication", c.adjudicated->get<std::string>());
    }
    Consensus consensus = decide(votes, adjudicated, adjudicatedKey);
    // Unresolved: the first clinician's answer (by pseudonym) stands in, flagged, with the others
    // kept under "reference_answers".
    std::string reference = consensus.finalAnswer ? consensus.finalAnswer->get<std::string>()
                                                  : answers.at(0).at("content").get<std::string>();
    Json messages = prompt;
    messages.push_back({{"role", "assistant"}, {"content", reference}});
    record["messages"] = std::move(messages);
    record["reference_answers"] = std::move(answers);
    addConsensus(record, built, consensus, votes.size());
    return built;
  }

 private:
  const FieldSpec& field_;
  int schemaVersion_;
};

}  // namespace

std::unique_ptr<RecordBuilder> makeSftBuilder(const FieldSpec& field, int schemaVersion) {
  return std::make_unique<SftBuilder>(field, schemaVersion);
}

}  // namespace concord::exporters
