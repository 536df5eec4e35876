#include "provenance.h"

namespace concord::exporters {

void addProvenance(Json& record, const ExportCase& exportCase, const std::string& split, int schemaVersion,
                   const std::string& fieldId) {
  record["id"] = "case-" + std::to_string(exportCase.id);
  record["case_id"] = exportCase.id;
  record["patient_key"] = exportCase.patientKey;
  record["split"] = split;
  record["specialty"] = exportCase.specialty;
  record["is_gold"] = exportCase.isGold;
  record["field"] = fieldId;
  record["schema_version"] = schemaVersion;
  Json annotators = Json::array();
  for (const auto& answer : exportCase.answers) annotators.push_back(answer.annotator);
  record["annotators"] = std::move(annotators);
  record["adjudicated"] = exportCase.adjudicated.has_value();
  record["adjudicator"] = exportCase.adjudicated ? Json(exportCase.adjudicator) : Json(nullptr);
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
