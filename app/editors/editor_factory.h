#pragma once
// Builds the editor for each field of a schema: the only place that maps kinds to classes, so a
// new project needs a schema, never new code.
#include <vector>

#include "editors/field_editor.h"

namespace concord::app {

class EditorFactory {
 public:
  /// One editor per field, in schema order. `env` gives spans the note, regions the images,
  /// rubric grading the criteria, preference the responses.
  static std::vector<FieldEditor*> build(AnnotationDocument* doc, const EditorEnv& env, QWidget* parent);
  static FieldEditor* create(const FieldSpec& spec, AnnotationDocument* doc, const EditorEnv& env, QWidget* parent);
};

}  // namespace concord::app
