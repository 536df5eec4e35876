#pragma once
// The annotator-pair heatmap: coders × coders, each cell the pair's figure (alpha or F1) and the
// cases they share, coloured from red (no better than chance) to green (full agreement). A
// table rather than a painting so every cell is keyboard- and screen-reader-reachable.
#include <QTableWidget>

#include "lead/agreement/agreement_view_model.h"

namespace concord::app {

class PairHeatmap : public QTableWidget {
  Q_OBJECT
 public:
  explicit PairHeatmap(QWidget* parent = nullptr);
  /// Shows `pairs`; `unitNoun` names what n_units counts ("cases", "images").
  void display(const PairMatrix& pairs, const QString& unitNoun);
  void clearFigures();

  /// The cell colour for a figure: red at 0 or below, amber near 0.667, green at 1.
  static QColor colourFor(double value);
};

}  // namespace concord::app
