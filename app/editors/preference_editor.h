#pragma once
// preference fields: which blinded response is better — A, B or a tie — and, when the schema
// asks, how strongly (1..strength_levels). Keys: A, B, T; then 1–9 for the strength.
#include <QList>

#include "editors/field_editor.h"

class QAbstractButton;

namespace concord::app {

class PreferenceEditor : public FieldEditor {
  Q_OBJECT
 public:
  PreferenceEditor(const FieldSpec& spec, AnnotationDocument* doc, QWidget* parent = nullptr);
  bool handleKey(QKeyEvent* event) override;
  QStringList keyHelp() const override;

 protected:
  void refresh() override;

 private:
  void choose(const QString& choice);
  void setStrength(int level);

  QList<QAbstractButton*> choices_;   // A, B, tie
  QList<QAbstractButton*> strengths_; // 1..N
};

}  // namespace concord::app
