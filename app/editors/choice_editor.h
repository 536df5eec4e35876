#pragma once
// single_choice, multi_choice and ordinal fields: a list of options, each with a key (1–9 or its
// own). Single choice and ordinal pick one (radio buttons); multi choice toggles (check boxes).
#include <QList>

#include "editors/field_editor.h"

class QAbstractButton;
class QButtonGroup;

namespace concord::app {

class ChoiceEditor : public FieldEditor {
  Q_OBJECT
 public:
  ChoiceEditor(const FieldSpec& spec, AnnotationDocument* doc, QWidget* parent = nullptr);
  bool handleKey(QKeyEvent* event) override;
  QStringList keyHelp() const override;

 protected:
  void refresh() override;

 private:
  void choose(int index);
  bool multi() const { return spec_.kind == FieldKind::MultiChoice; }

  QList<QAbstractButton*> buttons_;
};

}  // namespace concord::app
