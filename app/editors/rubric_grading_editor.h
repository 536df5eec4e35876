#pragma once
// rubric_grading fields: for each criterion of the case, met or not met. Keys: Up/Down pick the
// criterion, M = met, N = not met (then the next criterion is picked).
#include <QList>
#include <QVector>

#include "editors/field_editor.h"

class QAbstractButton;
class QLabel;

namespace concord::app {

class RubricGradingEditor : public FieldEditor {
  Q_OBJECT
 public:
  RubricGradingEditor(const FieldSpec& spec, AnnotationDocument* doc, QVector<RubricCriterion> criteria,
                      QWidget* parent = nullptr);
  bool handleKey(QKeyEvent* event) override;
  QStringList keyHelp() const override;
  int currentCriterion() const { return current_; }

 protected:
  void refresh() override;

 private:
  void grade(int index, bool met);
  void setCurrent(int index);

  QVector<RubricCriterion> criteria_;
  QList<QAbstractButton*> met_, notMet_;
  QList<QLabel*> labels_;
  int current_ = 0;
};

}  // namespace concord::app
