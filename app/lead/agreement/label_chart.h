#pragma once
// The per-label figure as a Qt Charts bar chart: alpha of each label against the rest
// (single and multi choice), of each criterion (rubric grading), or F1 per matching variant
// (spans, regions). An undefined figure is drawn as an empty bar and named so on the axis.
#include <QChartView>

#include "lead/agreement/agreement_view_model.h"

namespace concord::app {

class LabelChart : public QChartView {
  Q_OBJECT
 public:
  explicit LabelChart(QWidget* parent = nullptr);
  /// `kind` is AgreementView::labelFigureKind ("label", "criterion", "variant").
  void display(const std::vector<LabelFigure>& figures, const QString& kind);
  void clearFigures();

 private:
  void replaceChart(QChart* chart);
};

}  // namespace concord::app
