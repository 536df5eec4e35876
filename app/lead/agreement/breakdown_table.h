#pragma once
// One breakdown of the figure as a table: each annotator against the gold answers or the
// adjudicated ones, or the figure per specialty.
#include <QTableWidget>

#include "lead/agreement/agreement_view_model.h"

namespace concord::app {

class BreakdownTable : public QTableWidget {
  Q_OBJECT
 public:
  /// `nameHeader` heads the first column ("Annotator", "Specialty").
  BreakdownTable(const QString& nameHeader, QWidget* parent = nullptr);
  /// `statistic` heads the figure column ("alpha", "F1"); the agreement and mean absolute
  /// difference columns appear only when some row has them.
  void display(const std::vector<BreakdownRow>& rows, const QString& statistic, const QString& unitNoun);

 private:
  QString nameHeader_;
};

}  // namespace concord::app
