#pragma once
// One builder per task turns an ExportCase into the JSON record trainers read. Every record
// carries the same provenance (see provenance.h) and keeps each clinician's answer.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "concord/core/json.h"
#include "concord/exporters/export_options.h"
#include "concord/schema/annotation_schema.h"
#include "export_case.h"

namespace concord::exporters {

struct BuiltRecord {
  std::string skipReason;  // non-empty: the case cannot be a record of this task (counted)
  Json record = Json::object();
  std::string line;  // when not empty: the record already written as one JSON line (hot path)
  std::vector<std::string> labels;  // counted per split in the manifest
  std::string resolution;
  double agreement = 0;
  std::size_t annotators = 0;
  // Every free text the record carries, named for the PHI report: ("note_text", text), ...
  std::vector<std::pair<std::string, std::string>> texts;
};

class RecordBuilder {
 public:
  virtual ~RecordBuilder() = default;
  virtual BuiltRecord build(const ExportCase& exportCase, const std::string& split) const = 0;
};

/// The field kinds a task can export, in order of preference for the default field.
std::vector<FieldKind> fieldKindsFor(Task task);

/// The field to export: `requestedId`, or the first field of a kind the task takes.
/// Returns nullptr and sets `problem` when there is none or it has the wrong kind.
const FieldSpec* chooseField(const AnnotationSchema& schema, Task task, const std::string& requestedId,
                             std::string& problem);

std::unique_ptr<RecordBuilder> makeRecordBuilder(Task task, const FieldSpec& field, int schemaVersion);

}  // namespace concord::exporters
