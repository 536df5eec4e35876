#pragma once
// The per-task builders behind makeRecordBuilder().
#include <memory>

#include "record_builder.h"

namespace concord::exporters {

std::unique_ptr<RecordBuilder> makeClassificationBuilder(const FieldSpec& field, int schemaVersion);
std::unique_ptr<RecordBuilder> makeSftBuilder(const FieldSpec& field, int schemaVersion);
std::unique_ptr<RecordBuilder> makePreferenceBuilder(const FieldSpec& field, int schemaVersion);
std::unique_ptr<RecordBuilder> makeRubricBuilder(const FieldSpec& field, int schemaVersion);
std::unique_ptr<RecordBuilder> makeSpansBuilder(const FieldSpec& field, int schemaVersion);
std::unique_ptr<RecordBuilder> makeMultimodalBuilder(const FieldSpec& field, int schemaVersion);

}  // namespace concord::exporters
