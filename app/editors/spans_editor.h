#pragma once
// spans fields: select text in the note, press the label's key (1–9 or its own). Spans are
// highlighted in the note, listed here, and removed with Delete on the list.
#include <QTextEdit>

#include "editors/field_editor.h"

class QListWidget;

namespace concord::app {

class SpansEditor : public FieldEditor {
  Q_OBJECT
 public:
  SpansEditor(const FieldSpec& spec, AnnotationDocument* doc, QTextEdit* note, QWidget* parent = nullptr);
  bool handleKey(QKeyEvent* event) override;
  QStringList keyHelp() const override;
  /// Labels the note's current selection with option `labelIndex`. False when nothing is selected.
  bool labelSelection(int labelIndex);
  QListWidget* list() const { return list_; }

 protected:
  void refresh() override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void removeSelected();
  QColor colourFor(const std::string& label) const;

  QTextEdit* note_;
  QListWidget* list_;
  QList<QTextEdit::ExtraSelection> marks_;
};

}  // namespace concord::app
