#pragma once
// rubric_authoring fields: the clinician writes criteria, each with points (−10..10, not 0) and
// axis tags (from the field's axes when it has them, else free tags). N adds a criterion.
#include <QList>

#include "editors/field_editor.h"

class QGridLayout;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace concord::app {

class RubricAuthoringEditor : public FieldEditor {
  Q_OBJECT
 public:
  RubricAuthoringEditor(const FieldSpec& spec, AnnotationDocument* doc, QWidget* parent = nullptr);
  bool handleKey(QKeyEvent* event) override;
  QStringList keyHelp() const override;
  void addCriterion();
  int rowCount() const { return rows_.size(); }

 protected:
  void refresh() override;

 private:
  struct Row {
    QWidget* box;
    QLineEdit* text;
    QSpinBox* points;
    QLineEdit* freeTags;             // when the field has no axes
    QList<QToolButton*> axisTags;    // when it has
  };
  Json items() const;
  void updateItem(int index, const char* key, Json v, int mergeKey);
  void removeItem(int index);
  void rebuild(int count);

  QWidget* rowsBox_;
  QList<Row> rows_;
};

}  // namespace concord::app
