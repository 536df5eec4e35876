// parseCaseLine: one JSONL line of a case import file into a checked CaseRecord.
#include "../schema/json_helpers.h"
#include "case_parts.h"
#include "concord/schema/utf8.h"

namespace concord {

namespace {

constexpr std::size_t kMaxNoteBytes = 1'000'000;
constexpr std::size_t kMaxIdLength = 200;

Json parseJson(std::string_view line, std::size_t lineNumber) {
  try {
    return Json::parse(line);
  } catch (const Json::parse_error& e) {
    // nlohmann quotes the offending bytes, which may not be UTF-8 themselves.
    throw CaseImportError(lineNumber, "", "not valid JSON (" + displayableUtf8(e.what(), 200) + ")");
  }
}

void checkSpecialty(const std::string& specialty, const detail::CaseObjectReader& reader) {
  for (char c : specialty) {
    const bool ok = (c >= 'a' && c <= 'z') || c == '_' || c == ' ' || c == '-';
    if (!ok) {
      reader.fail("specialty", "must be lowercase letters, spaces, '-' or '_' (like \"cardiology\"), not " +
                                   detail::quoteText(specialty));
    }
  }
}

CaseRecord readCase(const Json& json, std::size_t lineNumber) {
  detail::CaseObjectReader reader(json, lineNumber, "", "a case line");
  reader.allowOnly({"external_id", "patient_key", "specialty", "note", "is_gold", "gold_answer", "images", "audio",
                    "conversation", "rubric_criteria"});
  CaseRecord record;
  record.lineNumber = lineNumber;
  const detail::TextRule identifier{
      .required = true, .allowEmpty = false, .maxCodePoints = kMaxIdLength, .identifier = true};
  record.externalId = reader.text("external_id", identifier);
  record.patientKey = reader.text("patient_key", identifier);
  record.specialty = reader.text("specialty", {.maxCodePoints = 64});
  checkSpecialty(record.specialty, reader);
  record.note = reader.text("note", {.maxBytes = kMaxNoteBytes});
  record.isGold = reader.boolean("is_gold", false);
  record.goldAnswer = detail::readGoldAnswer(reader, record.isGold);
  record.images = detail::readMedia(reader, "images", MediaKind::Image);
  record.audio = detail::readMedia(reader, "audio", MediaKind::Audio);
  record.conversation = detail::readConversation(reader);
  record.rubricCriteria = detail::readRubricCriteria(reader);
  if (record.note.empty() && record.images.empty() && record.audio.empty() && !record.conversation) {
    reader.failHere("the case has nothing to annotate: give a note, images, audio or a conversation");
  }
  return record;
}

}  // namespace

CaseRecord parseCaseLine(std::string_view line, std::size_t lineNumber) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.find_first_not_of(" \t") == std::string_view::npos) {
    throw CaseImportError(lineNumber, "", "the line is empty");
  }
  try {
    return readCase(parseJson(line, lineNumber), lineNumber);
  } catch (const Json::exception& e) {
    // The readers check types before reading; this only guards against a slip in them.
    throw CaseImportError(lineNumber, "", "malformed case (" + displayableUtf8(e.what(), 200) + ")");
  }
}

}  // namespace concord
