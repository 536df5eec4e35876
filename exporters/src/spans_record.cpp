// spans: the note and character-offset spans (Unicode code points, half-open [start, end)).
// Final spans: the adjudicated ones, otherwise each span marked by a strict majority of the
// clinicians. Every clinician's spans are kept.
#include <map>
#include <tuple>

#include "consensus.h"
#include "provenance.h"
#include "task_builders.h"

namespace concord::exporters {
namespace {

// Byte offset of code point `index` in valid UTF-8 `text` (text.size() past the end).
std::size_t byteOffset(const std::string& text, std::size_t index) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (points == index) return i;
      ++points;
    }
  }
  return text.size();
}

using SpanKey = std::tuple<std::int64_t, std::int64_t, std::string>;

Json canonicalSpans(const Json& spans, const std::string& text) {
  std::map<SpanKey, Json> sorted;
  if (spans.is_array()) {
    for (const auto& span : spans) {
      if (!span.is_object()) continue;
      auto start = span.value("start", std::int64_t{0});
      auto end = span.value("end", std::int64_t{0});
      std::string label = span.value("label", "");
      std::size_t from = byteOffset(text, static_cast<std::size_t>(start));
      std::size_t to = byteOffset(text, static_cast<std::size_t>(end));
      sorted[{start, end, label}] = {{"start", start}, {"end", end}, {"label", label},
                                     {"text", from < to ? text.substr(from, to - from) : std::string()}};
    }
  }
  Json out = Json::array();
  for (auto& [key, span] : sorted) out.push_back(std::move(span));
  return out;
}

class SpansBuilder final : public RecordBuilder {
 public:
  SpansBuilder(const FieldSpec& field, int schemaVersion) : field_(field), schemaVersion_(schemaVersion) {}

  BuiltRecord build(const ExportCase& c, const std::string& split) const override {
    BuiltRecord built;
    Json& record = built.record;
    addProvenance(record, c, split, schemaVersion_, field_.id);
    record["text"] = c.noteText;
    built.texts.emplace_back("note_text", c.noteText);

    std::vector<Vote> votes;
    std::map<std::string, std::pair<std::size_t, Json>> spanVotes;  // span -> clinicians marking it
    Json annotations = Json::array();
    for (const auto& answer : c.answers) {
      Json spans = canonicalSpans(answer.answer, c.noteText);
      for (const auto& span : spans) {
        auto& entry = spanVotes[canonicalKey(span)];
        ++entry.first;
        entry.second = span;
      }
      votes.push_back({canonicalKey(spans), spans});
      annotations.push_back({{"annotator", answer.annotator}, {"spans", spans}, {"schema_version", answer.schemaVersion}});
    }
    std::optional<Json> adjudicated;
    std::optional<std::string> adjudicatedKey;
    if (c.adjudicated) {
      adjudicated = canonicalSpans(*c.adjudicated, c.noteText);
      adjudicatedKey = canonicalKey(*adjudicated);
    }
    Consensus consensus = decide(votes, adjudicated, adjudicatedKey);
    Json finalSpans = Json::array();
    if (consensus.resolution == "adjudicated" || consensus.resolution == "unanimous") {
      finalSpans = *consensus.finalAnswer;
    } else {
      consensus.resolution = "span_majority";
      Json majority = Json::array();
      for (const auto& [key, entry] : spanVotes) {
        if (2 * entry.first > votes.size()) majority.push_back(entry.second);
      }
      finalSpans = canonicalSpans(majority, c.noteText);
    }
    for (const auto& span : finalSpans) built.labels.push_back(span.value("label", ""));
    record["spans"] = std::move(finalSpans);
    record["annotations"] = std::move(annotations);
    addConsensus(record, built, consensus, votes.size());
    return built;
  }

 private:
  const FieldSpec& field_;
  int schemaVersion_;
};

}  // namespace

std::unique_ptr<RecordBuilder> makeSpansBuilder(const FieldSpec& field, int schemaVersion) {
  return std::make_unique<SpansBuilder>(field, schemaVersion);
}

}  // namespace concord::exporters
