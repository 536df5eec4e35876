#include "editors/editor_factory.h"

#include "editors/choice_editor.h"

namespace concord::app {

std::vector<FieldEditor*> EditorFactory::build(AnnotationDocument* doc, const CaseData& caseData, QWidget* parent) {
  std::vector<FieldEditor*> editors;
  for (const auto& spec : doc->schema().fields()) {
    if (auto* e = create(spec, doc, caseData, parent)) editors.push_back(e);
  }
  return editors;
}

FieldEditor* EditorFactory::create(const FieldSpec& spec, AnnotationDocument* doc, const CaseData& caseData,
                                   QWidget* parent) {
  (void)caseData;
  switch (spec.kind) {
    case FieldKind::SingleChoice:
    case FieldKind::MultiChoice:
    case FieldKind::Ordinal:
      return new ChoiceEditor(spec, doc, parent);
    default:
      return nullptr;
  }
}

}  // namespace concord::app
