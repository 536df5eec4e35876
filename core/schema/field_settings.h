#pragma once
// Reading the settings that depend on a field's kind (options, limits, shapes, axes...).
// Internal to concord_core.
#include "concord/schema/annotation_schema.h"
#include "schema_reader.h"

namespace concord::detail {

/// Fills the kind-specific members of `spec` (whose kind is already set) from `field`, and
/// refuses settings that do not belong to that kind. Throws SchemaError.
void readFieldSettings(FieldSpec& spec, const SchemaObjectReader& field);

}  // namespace concord::detail
