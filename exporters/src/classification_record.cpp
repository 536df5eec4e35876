// classification: the note, the final label, the soft label (each option's share of the
// clinicians' votes), the number of annotators and the agreement.
#include "provenance.h"
#include "task_builders.h"

namespace concord::exporters {
namespace {

// Soft-label keys are strings: option values as they are, ordinal levels as their JSON number.
std::string labelKey(const Json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

class ClassificationBuilder final : public RecordBuilder {
 public:
  ClassificationBuilder(const FieldSpec& field, int schemaVersion) : field_(field), schemaVersion_(schemaVersion) {}

  BuiltRecord build(const ExportCase& c, const std::string& split) const override {
    BuiltRecord built;
    Json& record = built.record;
    addProvenance(record, c, split, schemaVersion_, field_.id);
    record["text"] = c.noteText;
    built.texts.emplace_back("note_text", c.noteText);

    std::vector<Vote> votes;
    Json annotations = Json::array();
    for (const auto& answer : c.answers) {
      votes.push_back({labelKey(answer.answer), answer.answer});
      annotations.push_back(
          {{"annotator", answer.annotator}, {"label", answer.answer}, {"schema_version", answer.schemaVersion}});
    }
    std::optional<std::string> adjudicatedKey;
    if (c.adjudicated) adjudicatedKey = labelKey(*c.adjudicated);
    Consensus consensus = decide(votes, c.adjudicated, adjudicatedKey);

    Json soft = Json::object();
    for (const auto& option : field_.options) soft[labelKey(option.value)] = 0.0;
    for (const auto& [key, count] : consensus.counts) {
      soft[key] = static_cast<double>(count) / static_cast<double>(votes.size());
    }
    record["label"] = consensus.finalAnswer ? *consensus.finalAnswer : Json(nullptr);
    record["soft_label"] = std::move(soft);
    record["annotations"] = std::move(annotations);
    addConsensus(record, built, consensus, votes.size());
    built.labels.push_back(consensus.finalAnswer ? labelKey(*consensus.finalAnswer) : std::string("(unresolved)"));
    return built;
  }

 private:
  const FieldSpec& field_;
  int schemaVersion_;
};

}  // namespace

std::unique_ptr<RecordBuilder> makeClassificationBuilder(const FieldSpec& field, int schemaVersion) {
  return std::make_unique<ClassificationBuilder>(field, schemaVersion);
}

}  // namespace concord::exporters
