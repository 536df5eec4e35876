// multimodal: the JSON half of a WebDataset sample (the images sit beside it in the tar): the
// note, the final answer for the field, and every clinician's answer.
#include "consensus.h"
#include "provenance.h"
#include "task_builders.h"

namespace concord::exporters {
namespace {

class MultimodalBuilder final : public RecordBuilder {
 public:
  MultimodalBuilder(const FieldSpec& field, int schemaVersion) : field_(field), schemaVersion_(schemaVersion) {}

  BuiltRecord build(const ExportCase& c, const std::string& split) const override {
    BuiltRecord built;
    Json& record = built.record;
    addProvenance(record, c, split, schemaVersion_, field_.id);
    record["text"] = c.noteText;
    built.texts.emplace_back("note_text", c.noteText);
    std::vector<Vote> votes;
    Json annotations = Json::array();
    for (const auto& answer : c.answers) {
      votes.push_back({canonicalKey(answer.answer), answer.answer});
      annotations.push_back({{"annotator", answer.annotator}, {"answer", answer.answer}, {"schema_version", answer.schemaVersion}});
      if (answer.answer.is_string()) built.texts.emplace_back("annotations/" + answer.annotator, answer.answer.get<std::string>());
    }
    std::optional<std::string> adjudicatedKey;
    if (c.adjudicated) adjudicatedKey = canonicalKey(*c.adjudicated);
    Consensus consensus = decide(votes, c.adjudicated, adjudicatedKey);
    record["answer"] = consensus.finalAnswer ? *consensus.finalAnswer : Json(nullptr);
    record["annotations"] = std::move(annotations);
    addConsensus(record, built, consensus, votes.size());
    if (consensus.finalAnswer && consensus.finalAnswer->is_string()) {
      built.labels.push_back(consensus.finalAnswer->get<std::string>());
    }
    return built;
  }

 private:
  const FieldSpec& field_;
  int schemaVersion_;
};

}  // namespace

std::unique_ptr<RecordBuilder> makeMultimodalBuilder(const FieldSpec& field, int schemaVersion) {
  return std::make_unique<MultimodalBuilder>(field, schemaVersion);
}

}  // namespace concord::exporters
