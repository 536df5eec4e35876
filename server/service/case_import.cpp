#include "service/case_import.h"

#include "concord/cases/case_record.h"
#include "concord/phi/detector.h"
#include "concord/phi/pseudonym.h"
#include "concord/schema/annotation_schema.h"
#include "service/errors.h"
#include "store/audit_store.h"
#include "store/case_store.h"
#include "store/phi_store.h"
#include "store/project_store.h"

namespace concord::service {
namespace {

constexpr std::size_t kMaxLineBytes = 64u << 20;

// Every text a clinician would read, with the field name findings are recorded under.
std::vector<std::pair<std::string, const std::string*>> textsOf(const CaseRecord& c) {
  std::vector<std::pair<std::string, const std::string*>> texts{{"note_text", &c.note}};
  if (c.conversation) {
    for (std::size_t i = 0; i < c.conversation->messages.size(); ++i) {
      texts.emplace_back("conversation/messages/" + std::to_string(i) + "/content", &c.conversation->messages[i].content);
    }
    for (std::size_t i = 0; i < c.conversation->responses.size(); ++i) {
      texts.emplace_back("conversation/responses/" + std::to_string(i) + "/content", &c.conversation->responses[i].content);
    }
  }
  for (std::size_t i = 0; i < c.rubricCriteria.size(); ++i) {
    texts.emplace_back("rubric_criteria/" + std::to_string(i) + "/text", &c.rubricCriteria[i].text);
  }
  return texts;
}

ServiceError lineError(std::size_t line, const std::string& field, const std::string& message) {
  return ServiceError(ErrorKind::Unprocessable, "invalid-case-line", message,
                      Json{{"line", line}, {"field", field}});
}

}  // namespace

Json ImportSummary::toJson() const {
  return {{"lines", lines}, {"inserted", inserted}, {"already_present", alreadyPresent}, {"quarantined", quarantined}};
}

ImportSummary CaseImporter::import(const std::string& projectSlug, std::istream& jsonl, const RequestMeta& meta,
                                   std::optional<std::int64_t> actor) {
  auto conn = db_.acquire(std::chrono::milliseconds(10000));
  pqxx::work tx(*conn);
  auto project = store::findProjectBySlug(tx, projectSlug);
  if (!project) throw ServiceError(ErrorKind::NotFound, "not-found", "No project " + projectSlug + ".");
  AnnotationSchema schema = AnnotationSchema::parse(project->annotationSchema);

  ImportSummary summary;
  std::string line;
  std::size_t lineNumber = 0;
  while (std::getline(jsonl, line)) {
    ++lineNumber;
    if (line.size() > kMaxLineBytes) {
      throw ServiceError(ErrorKind::PayloadTooLarge, "line-too-large",
                         "line " + std::to_string(lineNumber) + " is larger than 64 MiB");
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++summary.lines;
    CaseRecord record = [&] {
      try {
        return parseCaseLine(line, lineNumber);
      } catch (const CaseImportError& e) {
        throw lineError(e.line(), e.field(), e.what());
      }
    }();
    if (record.goldAnswer) {
      auto errors = schema.validate(*record.goldAnswer, record.validationContext(), PayloadStage::Submitted);
      if (!errors.empty()) {
        throw lineError(lineNumber, "gold_answer" + errors.front().path,
                        "line " + std::to_string(lineNumber) + ", field gold_answer" + errors.front().path + ": " +
                            errors.front().message);
      }
    }
    std::vector<std::pair<std::string, std::vector<phi::Finding>>> findings;
    for (const auto& [field, text] : textsOf(record)) {
      auto found = phi::detectPhi(*text);
      if (!found.empty()) findings.emplace_back(field, std::move(found));
    }

    store::CaseRecord row;
    row.projectId = project->id;
    row.externalId = record.externalId;
    row.patientKey = phi::pseudonymizePatientKey(secret_, record.patientKey);
    row.specialty = record.specialty;
    row.noteText = record.note;
    row.content = record.contentJson();
    row.isGold = record.isGold;
    row.status = findings.empty() ? "ready" : "quarantined";
    auto [caseId, inserted] = store::insertCaseIfAbsent(tx, row);
    if (!inserted) {
      ++summary.alreadyPresent;
      continue;
    }
    ++summary.inserted;
    if (record.goldAnswer) store::setGoldAnswer(tx, caseId, *record.goldAnswer);
    for (std::size_t i = 0; i < record.images.size(); ++i) {
      store::insertCaseMedia(tx, caseId, static_cast<int>(i), "image", record.images[i].mimeType, record.images[i].bytes);
    }
    for (std::size_t i = 0; i < record.audio.size(); ++i) {
      store::insertCaseMedia(tx, caseId, static_cast<int>(i), "audio", record.audio[i].mimeType, record.audio[i].bytes);
    }
    if (!findings.empty()) {
      ++summary.quarantined;
      for (const auto& [field, list] : findings) {
        for (const auto& f : list) {
          store::insertPhiFinding(tx, {caseId, "import", field, static_cast<int>(f.start), static_cast<int>(f.end),
                                       std::string(phi::categoryName(f.category)), std::nullopt});
        }
      }
    }
  }
  store::appendAudit(tx, {actor, "cases.import", "project", std::to_string(project->id), meta.requestId,
                          meta.clientAddr, summary.toJson()});
  tx.commit();
  return summary;
}

}  // namespace concord::service
