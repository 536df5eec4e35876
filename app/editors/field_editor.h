#pragma once
// One editor per field kind, all behind this interface. An editor shows one schema field, turns
// clicks and key presses into AnnotationDocument edits (each an undoable command), and redraws
// from the document when fieldChanged() names its field — so undo/redo and reloads need no
// special path.
#include <QFrame>
#include <QStringList>

#include "concord/schema/annotation_schema.h"
#include "model/annotation_document.h"
#include "model/case_data.h"

class QKeyEvent;
class QTextEdit;
class QVBoxLayout;

namespace concord::app {

class ApiClient;

/// What editors may use besides the document: the case, the note view (spans highlight and
/// read selections there) and the API client (regions fetch their images).
struct EditorEnv {
  const CaseData* data = nullptr;
  QTextEdit* note = nullptr;
  ApiClient* api = nullptr;
};

class FieldEditor : public QFrame {
  Q_OBJECT
 public:
  FieldEditor(const FieldSpec& spec, AnnotationDocument* doc, QWidget* parent = nullptr);

  const FieldSpec& spec() const { return spec_; }
  QString fieldId() const { return QString::fromStdString(spec_.id); }
  /// A key pressed while this field is the active one. Returns true when it was used.
  /// The base handles Delete/Backspace (clear the answer).
  virtual bool handleKey(QKeyEvent* event);
  /// Lines for the help overlay: "key — what it does".
  virtual QStringList keyHelp() const;
  void setActive(bool active);
  bool isActive() const { return active_; }

  /// The keyboard key of option `index`: its own `key`, else 1–9 by position.
  static QString optionKey(const FieldSpec& spec, int index);
  /// The option whose key is `text` (case-insensitive), or -1.
  static int optionForKey(const FieldSpec& spec, const QString& text);

 signals:
  /// The editor wants to be the active field (it was clicked or focused).
  void activated();

 protected:
  /// Document → widgets. Must not edit the document.
  virtual void refresh() = 0;
  QVBoxLayout* body() const { return body_; }
  Json value() const { return doc_->value(spec_.id); }
  void setValue(Json v, const QString& description, int mergeKey = 0);
  void mousePressEvent(QMouseEvent* event) override;

  AnnotationDocument* doc_;
  FieldSpec spec_;

 private:
  QVBoxLayout* body_;
  bool active_ = false;
};

}  // namespace concord::app
