#include "concord/cases/case_record.h"

namespace concord {

namespace {
std::string describe(std::size_t line, const std::string& field, const std::string& message) {
  std::string out = "line " + std::to_string(line);
  if (!field.empty()) out += ", field " + field;
  return out + ": " + message;
}
}  // namespace

CaseImportError::CaseImportError(std::size_t line, std::string field, const std::string& message)
    : std::runtime_error(describe(line, field, message)), line_(line), field_(std::move(field)), reason_(message) {}

}  // namespace concord
