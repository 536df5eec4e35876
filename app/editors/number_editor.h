#pragma once
// number fields: a text box that accepts a number within the field's limits (whole numbers when
// `integer`), with the unit shown beside it. Typing is one undo step per run of keystrokes.
#include "editors/field_editor.h"

class QLabel;
class QLineEdit;

namespace concord::app {

class NumberEditor : public FieldEditor {
  Q_OBJECT
 public:
  NumberEditor(const FieldSpec& spec, AnnotationDocument* doc, QWidget* parent = nullptr);
  bool handleKey(QKeyEvent* event) override;
  QStringList keyHelp() const override;
  QLineEdit* input() const { return input_; }

 protected:
  void refresh() override;

 private:
  void onEdited(const QString& text);

  QLineEdit* input_;
  QLabel* hint_;
};

}  // namespace concord::app
