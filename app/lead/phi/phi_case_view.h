#pragma once
// One quarantined case under review: its texts, read-only, with every finding highlighted, above
// a table of the findings (category, where, found by, the text). Choosing a finding in the table
// scrolls the note to it and selects it. Shows a PhiCase; owns no other state.
#include <QWidget>

#include "lead/phi/phi_case.h"

class QPlainTextEdit;
class QTableWidget;

namespace concord::app {

class PhiCaseView : public QWidget {
  Q_OBJECT
 public:
  enum FindingColumn { CategoryColumn, WhereColumn, SourceColumn, TextColumn, FindingColumnCount };

  explicit PhiCaseView(QWidget* parent = nullptr);

  void showCase(const PhiCase& c);
  void clear();
  bool hasCase() const { return hasCase_; }
  const PhiCase& current() const { return case_; }
  /// Scrolls the note to finding `row` (in the findings table's order) and selects it.
  void selectFinding(int row);

 private:
  QPlainTextEdit* note_;
  QTableWidget* findings_;
  PhiCase case_;
  bool hasCase_ = false;
};

}  // namespace concord::app
