#include "provenance.h"

namespace concord::exporters {

void writeProvenance(JsonLine& line, const ExportCase& exportCase, const std::string& split, int schemaVersion,
                     const std::string& fieldId) {
  line.key("id").string("case-" + std::to_string(exportCase.id));
  line.key("case_id").integer(exportCase.id);
  line.key("patient_key").string(exportCase.patientKey);
  line.key("split").string(split);
  line.key("specialty").string(exportCase.specialty);
  line.key("is_gold").boolean(exportCase.isGold);
  line.key("field").string(fieldId);
  line.key("schema_version").integer(schemaVersion);
  line.key("annotators").beginArray();
  for (const auto& answer : exportCase.answers) line.string(answer.annotator);
  line.endArray();
  line.key("adjudicated").boolean(exportCase.adjudicated.has_value());
  line.key("adjudicator");
  if (exportCase.adjudicated) {
    line.string(exportCase.adjudicator);
  } else {
    line.null();
  }
}

void addProvenance(Json& record, const ExportCase& exportCase, const std::string& split, int schemaVersion,
                   const std::string& fieldId) {
  JsonLine line;
  line.beginObject();
  writeProvenance(line, exportCase, split, schemaVersion, fieldId);
  line.endObject();
  record.update(Json::parse(line.text()));
}

void writeConsensus(JsonLine& line, BuiltRecord& built, const Consensus& consensus, std::size_t annotators) {
  line.key("resolution").string(consensus.resolution);
  line.key("agreement").number(consensus.agreement);
  line.key("num_annotators").integer(static_cast<std::int64_t>(annotators));
  built.resolution = consensus.resolution;
  built.agreement = consensus.agreement;
  built.annotators = annotators;
}

void addConsensus(Json& record, BuiltRecord& built, const Consensus& consensus, std::size_t annotators) {
  record["resolution"] = consensus.resolution;
  record["agreement"] = consensus.agreement;
  record["num_annotators"] = annotators;
  built.resolution = consensus.resolution;
  built.agreement = consensus.agreement;
  built.annotators = annotators;
}

Json promptMessages(const ExportCase& exportCase) {
  const Json* conversation = exportCase.content.is_object() && exportCase.content.contains("conversation")
                                 ? &exportCase.content.at("conversation")
                                 : nullptr;
  Json messages = Json::array();
  if (conversation && conversation->is_object() && conversation->contains("messages") &&
      conversation->at("messages").is_array()) {
    for (const auto& message : conversation->at("messages")) {
      if (!message.is_object()) continue;
      messages.push_back({{"role", message.value("role", "user")}, {"content", message.value("content", "")}});
    }
  }
  if (messages.empty() && !exportCase.noteText.empty()) {
    messages.push_back({{"role", "user"}, {"content", exportCase.noteText}});
  }
  return messages;
}

void collectMessageTexts(const Json& messages, const std::string& what, BuiltRecord& built) {
  std::size_t index = 0;
  for (const auto& message : messages) {
    built.texts.emplace_back(what + "/" + std::to_string(index++), message.value("content", ""));
  }
}

}  // namespace concord::exporters
