// rubric: {prompt, rubrics: [{criterion, points, tags}]} with physician-written criteria. The
// adjudicated list when there is one; otherwise every clinician's criteria, merged when the
// (normalised) criterion text is the same, each with the pseudonyms of its authors.
#include "consensus.h"
#include "provenance.h"
#include "task_builders.h"

namespace concord::exporters {
namespace {

class RubricBuilder final : public RecordBuilder {
 public:
  RubricBuilder(const FieldSpec& field, int schemaVersion) : field_(field), schemaVersion_(schemaVersion) {}

  BuiltRecord build(const ExportCase& c, const std::string& split) const override {
    BuiltRecord built;
    Json prompt = promptMessages(c);
    if (prompt.empty()) {
      built.skipReason = "no_prompt";
      return built;
    }
    Json& record = built.record;
    addProvenance(record, c, split, schemaVersion_, field_.id);
    collectMessageTexts(prompt, "prompt", built);

    Json rubrics = Json::array();
    std::vector<std::string> keys;
    auto addCriterion = [&](const Json& item, const std::string& author) {
      if (!item.is_object() || !item.contains("criterion") || !item["criterion"].is_string()) return;
      std::string text = item["criterion"].get<std::string>();
      std::string key = normaliseText(text);
      for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == key) {
          if (!author.empty()) rubrics[i]["authors"].push_back(author);
          return;
        }
      }
      keys.push_back(key);
      built.texts.emplace_back("rubrics/" + std::to_string(rubrics.size()), text);
      rubrics.push_back({{"criterion", text},
                         {"points", item.value("points", 0)},
                         {"tags", item.value("tags", Json::array())},
                         {"authors", author.empty() ? Json::array() : Json::array({author})}});
    };

    std::size_t annotators = c.answers.size();
    Consensus consensus;
    if (c.adjudicated && c.adjudicated->is_array()) {
      for (const auto& item : *c.adjudicated) addCriterion(item, c.adjudicator);
      consensus.resolution = "adjudicated";
    } else {
      for (const auto& answer : c.answers) {
        if (!answer.answer.is_array()) continue;
        for (const auto& item : answer.answer) addCriterion(item, answer.annotator);
      }
      consensus.resolution = "merged";
    }
    if (rubrics.empty()) {
      built.skipReason = "no_rubric_criteria";
      return built;
    }
    // Agreement: the share of criteria that every clinician wrote.
    std::size_t shared = 0;
    for (const auto& item : rubrics) shared += item["authors"].size() >= annotators ? 1 : 0;
    consensus.agreement = static_cast<double>(shared) / static_cast<double>(rubrics.size());
    record["prompt"] = std::move(prompt);
    record["rubrics"] = std::move(rubrics);
    addConsensus(record, built, consensus, annotators);
    return built;
  }

 private:
  const FieldSpec& field_;
  int schemaVersion_;
};

}  // namespace

std::unique_ptr<RecordBuilder> makeRubricBuilder(const FieldSpec& field, int schemaVersion) {
  return std::make_unique<RubricBuilder>(field, schemaVersion);
}

}  // namespace concord::exporters
