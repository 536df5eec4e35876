// classification: the note, the final label, the soft label (each option's share of the
// clinicians' votes), the number of annotators and the agreement. The benchmark's task, so its
// record is written straight to a JSON line.
#include <algorithm>

#include "provenance.h"
#include "task_builders.h"

namespace concord::exporters {
namespace {

// Soft-label keys are strings: option values as they are, ordinal levels as their JSON number.
std::string labelKey(const Json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

class ClassificationBuilder final : public RecordBuilder {
 public:
  ClassificationBuilder(const FieldSpec& field, int schemaVersion) : field_(field), schemaVersion_(schemaVersion) {
    for (const auto& option : field_.options) optionKeys_.push_back(labelKey(option.value));
  }

  BuiltRecord build(const ExportCase& c, const std::string& split) const override {
    BuiltRecord built;
    built.texts.emplace_back("note_text", c.noteText);

    std::vector<Vote> votes;
    votes.reserve(c.answers.size());
    for (const auto& answer : c.answers) votes.push_back({labelKey(answer.answer), answer.answer});
    std::optional<std::string> adjudicatedKey;
    if (c.adjudicated) adjudicatedKey = labelKey(*c.adjudicated);
    Consensus consensus = decide(votes, c.adjudicated, adjudicatedKey);

    JsonLine line;
    line.beginObject();
    writeProvenance(line, c, split, schemaVersion_, field_.id);
    line.key("text").string(c.noteText);
    line.key("label");
    if (consensus.finalAnswer) {
      line.value(*consensus.finalAnswer);
    } else {
      line.null();
    }
    // Every option in schema order, then any answer outside the options (an older schema).
    line.key("soft_label").beginObject();
    auto share = [&](const std::string& key) {
      for (const auto& [voted, count] : consensus.counts) {
        if (voted == key) return static_cast<double>(count) / static_cast<double>(votes.size());
      }
      return 0.0;
    };
    for (const auto& key : optionKeys_) line.key(key).number(share(key));
    for (const auto& [voted, count] : consensus.counts) {
      if (std::find(optionKeys_.begin(), optionKeys_.end(), voted) == optionKeys_.end()) {
        line.key(voted).number(share(voted));
      }
    }
    line.endObject();
    writeConsensus(line, built, consensus, votes.size());
    line.key("annotations").beginArray();
    for (const auto& answer : c.answers) {
      line.beginObject();
      line.key("annotator").string(answer.annotator);
      line.key("label").value(answer.answer);
      line.key("schema_version").integer(answer.schemaVersion);
      line.endObject();
    }
    line.endArray();
    line.endObject();
    built.line = line.take();
    built.labels.push_back(consensus.finalAnswer ? labelKey(*consensus.finalAnswer) : std::string("(unresolved)"));
    return built;
  }

 private:
  const FieldSpec& field_;
  int schemaVersion_;
  std::vector<std::string> optionKeys_;
};

}  // namespace

std::unique_ptr<RecordBuilder> makeClassificationBuilder(const FieldSpec& field, int schemaVersion) {
  return std::make_unique<ClassificationBuilder>(field, schemaVersion);
}

}  // namespace concord::exporters
