// preference: {prompt, chosen, rejected} as preference trainers read them. Each clinician saw the
// two responses as "A" and "B" in their own random order (assignments.response_order); votes are
// mapped back to the source responses before they are counted.
#include "consensus.h"
#include "provenance.h"
#include "task_builders.h"

namespace concord::exporters {
namespace {

constexpr const char* kTie = "tie";

std::string responseKey(int index) { return "response_" + std::to_string(index); }

// order[p] is the source index shown at position p ("A" = 0). Entries are indices, or model
// names as blinding.h stores them. An empty order means the source order was shown.
std::optional<int> sourceIndex(const Json& order, std::size_t position, const Json& responses) {
  if (!order.is_array() || order.empty()) return static_cast<int>(position);
  if (position >= order.size()) return std::nullopt;
  const Json& entry = order[position];
  if (entry.is_number_integer()) {
    int index = entry.get<int>();
    return index >= 0 && index < static_cast<int>(responses.size()) ? std::optional<int>(index) : std::nullopt;
  }
  if (entry.is_string()) {
    for (std::size_t i = 0; i < responses.size(); ++i) {
      if (responses[i].is_object() && responses[i].value("model", "") == entry.get<std::string>()) {
        return static_cast<int>(i);
      }
    }
  }
  return std::nullopt;
}

// "A"/"B"/"tie" at presentation positions → "response_<i>" or "tie"; empty when unreadable.
std::string mappedVote(const Json& answer, const Json& order, const Json& responses) {
  if (!answer.is_object()) return {};
  std::string choice = answer.value("choice", "");
  if (choice == kTie) return kTie;
  std::size_t position = choice == "A" ? 0 : choice == "B" ? 1 : 2;
  if (position > 1) return {};
  auto index = sourceIndex(order, position, responses);
  return index ? responseKey(*index) : std::string();
}

int strengthOf(const Json& answer) {
  return answer.is_object() && answer.contains("strength") && answer["strength"].is_number_integer()
             ? answer["strength"].get<int>()
             : 1;
}

class PreferenceBuilder final : public RecordBuilder {
 public:
  PreferenceBuilder(const FieldSpec& field, int schemaVersion) : field_(field), schemaVersion_(schemaVersion) {}

  BuiltRecord build(const ExportCase& c, const std::string& split) const override {
    BuiltRecord built;
    const Json* responses = nullptr;
    if (c.content.contains("conversation") && c.content["conversation"].is_object() &&
        c.content["conversation"].contains("responses")) {
      responses = &c.content["conversation"]["responses"];
    }
    if (!responses || !responses->is_array() || responses->size() != 2) {
      built.skipReason = "no_response_pair";
      return built;
    }
    Json prompt = promptMessages(c);
    Json& record = built.record;
    addProvenance(record, c, split, schemaVersion_, field_.id);
    collectMessageTexts(prompt, "prompt", built);

    std::vector<Vote> votes;
    std::vector<int> strengths;
    Json annotations = Json::array();
    for (const auto& answer : c.answers) {
      std::string vote = mappedVote(answer.answer, answer.responseOrder, *responses);
      if (vote.empty()) continue;  // a malformed order or answer is not counted as a vote
      votes.push_back({vote, vote});
      strengths.push_back(strengthOf(answer.answer));
      Json entry = {{"annotator", answer.annotator},
                    {"shown_order", answer.responseOrder},
                    {"choice", answer.answer.value("choice", "")},
                    {"preferred", vote},
                    {"schema_version", answer.schemaVersion}};
      if (answer.answer.contains("strength")) entry["strength"] = answer.answer["strength"];
      annotations.push_back(std::move(entry));
    }
    if (votes.empty()) {
      built.skipReason = "no_readable_preference";
      return built;
    }
    // An adjudicated preference is given in source order: "A" is response 0.
    std::optional<Json> adjudicated;
    std::optional<std::string> adjudicatedKey;
    if (c.adjudicated) {
      std::string key = mappedVote(*c.adjudicated, Json::array(), *responses);
      if (!key.empty()) {
        adjudicated = Json(key);
        adjudicatedKey = key;
      }
    }
    Consensus consensus = decide(votes, adjudicated, adjudicatedKey);
    std::string preferred = consensus.finalAnswer ? consensus.finalAnswer->get<std::string>() : std::string();
    int chosen = preferred == responseKey(1) ? 1 : 0;  // ties and unresolved keep the source order
    int rejected = 1 - chosen;

    double margin = 0;
    for (std::size_t i = 0; i < votes.size(); ++i) {
      if (votes[i].key == responseKey(chosen)) margin += strengths[i];
      if (votes[i].key == responseKey(rejected)) margin -= strengths[i];
    }
    margin /= static_cast<double>(votes.size());

    const Json& chosenResponse = (*responses)[static_cast<std::size_t>(chosen)];
    const Json& rejectedResponse = (*responses)[static_cast<std::size_t>(rejected)];
    record["prompt"] = std::move(prompt);
    record["chosen"] = Json::array({{{"role", "assistant"}, {"content", chosenResponse.value("content", "")}}});
    record["rejected"] = Json::array({{{"role", "assistant"}, {"content", rejectedResponse.value("content", "")}}});
    record["chosen_model"] = chosenResponse.value("model", "");
    record["rejected_model"] = rejectedResponse.value("model", "");
    record["preferred"] = preferred.empty() ? Json(nullptr) : Json(preferred);
    record["margin"] = margin;
    record["agreed"] = consensus.agreeing;
    Json counts = Json::object();
    for (const auto& [key, count] : consensus.counts) counts[key] = count;
    record["votes"] = std::move(counts);
    record["annotations"] = std::move(annotations);
    built.texts.emplace_back("responses/0", (*responses)[0].value("content", ""));
    built.texts.emplace_back("responses/1", (*responses)[1].value("content", ""));
    addConsensus(record, built, consensus, votes.size());
    built.labels.push_back(preferred.empty() ? std::string("(unresolved)") : preferred);
    return built;
  }

 private:
  const FieldSpec& field_;
  int schemaVersion_;
};

}  // namespace

std::unique_ptr<RecordBuilder> makePreferenceBuilder(const FieldSpec& field, int schemaVersion) {
  return std::make_unique<PreferenceBuilder>(field, schemaVersion);
}

}  // namespace concord::exporters
