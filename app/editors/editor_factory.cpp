#include "editors/editor_factory.h"

#include "editors/choice_editor.h"
#include "editors/free_text_editor.h"
#include "editors/number_editor.h"
#include "editors/preference_editor.h"
#include "editors/regions_editor.h"
#include "editors/rubric_authoring_editor.h"
#include "editors/rubric_grading_editor.h"
#include "editors/spans_editor.h"

namespace concord::app {

std::vector<FieldEditor*> EditorFactory::build(AnnotationDocument* doc, const EditorEnv& env, QWidget* parent) {
  std::vector<FieldEditor*> editors;
  for (const auto& spec : doc->schema().fields()) editors.push_back(create(spec, doc, env, parent));
  return editors;
}

FieldEditor* EditorFactory::create(const FieldSpec& spec, AnnotationDocument* doc, const EditorEnv& env,
                                   QWidget* parent) {
  switch (spec.kind) {
    case FieldKind::SingleChoice:
    case FieldKind::MultiChoice:
    case FieldKind::Ordinal: return new ChoiceEditor(spec, doc, parent);
    case FieldKind::Number: return new NumberEditor(spec, doc, parent);
    case FieldKind::FreeText: return new FreeTextEditor(spec, doc, parent);
    case FieldKind::Preference: return new PreferenceEditor(spec, doc, parent);
    case FieldKind::Spans: return new SpansEditor(spec, doc, env.note, parent);
    case FieldKind::Regions: return new RegionsEditor(spec, doc, env, parent);
    case FieldKind::RubricAuthoring: return new RubricAuthoringEditor(spec, doc, parent);
    case FieldKind::RubricGrading: return new RubricGradingEditor(spec, doc, env.data ? env.data->criteria : QVector<RubricCriterion>{}, parent);
  }
  return nullptr;
}

}  // namespace concord::app
