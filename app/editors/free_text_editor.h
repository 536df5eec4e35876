#pragma once
// free_text fields (comments, reference answers): a plain text box with a character count
// against the field's limits. A run of typing is one undo step.
#include "editors/field_editor.h"

class QLabel;
class QPlainTextEdit;

namespace concord::app {

class FreeTextEditor : public FieldEditor {
  Q_OBJECT
 public:
  FreeTextEditor(const FieldSpec& spec, AnnotationDocument* doc, QWidget* parent = nullptr);
  bool handleKey(QKeyEvent* event) override;
  QStringList keyHelp() const override;
  QPlainTextEdit* input() const { return input_; }

 protected:
  void refresh() override;

 private:
  void updateCount();
  QPlainTextEdit* input_;
  QLabel* count_;
};

}  // namespace concord::app
