#include "lead/phi/phi_case_view.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace concord::app {

PhiCaseView::PhiCaseView(QWidget* parent) : QWidget(parent) {
  note_ = new QPlainTextEdit;
  note_->setObjectName(QStringLiteral("phiNote"));
  note_->setReadOnly(true);
  // Read-only still lets the lead move a cursor and select with the keyboard.
  note_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  findings_ = new QTableWidget(0, FindingColumnCount);
  findings_->setObjectName(QStringLiteral("phiFindings"));
  findings_->setHorizontalHeaderLabels({tr("Category"), tr("Where"), tr("Found by"), tr("Text")});
  findings_->setSelectionBehavior(QAbstractItemView::SelectRows);
  findings_->setSelectionMode(QAbstractItemView::SingleSelection);
  findings_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  findings_->horizontalHeader()->setStretchLastSection(true);
  findings_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  findings_->verticalHeader()->setVisible(false);

  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(note_);
  split->addWidget(findings_);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(split);

  connect(findings_, &QTableWidget::currentCellChanged, this, [this](int row) { selectFinding(row); });
}

void PhiCaseView::showCase(const PhiCase& c) {
  case_ = c;
  hasCase_ = true;
  note_->setPlainText(c.document);
  QList<QTextEdit::ExtraSelection> marks;
  QTextCharFormat mark;
  mark.setBackground(QColor(255, 214, 102));
  mark.setForeground(Qt::black);
  findings_->setRowCount(0);
  findings_->setRowCount(static_cast<int>(c.findings.size()));
  for (std::size_t i = 0; i < c.findings.size(); ++i) {
    const PhiFinding& f = c.findings[i];
    const int row = static_cast<int>(i);
    findings_->setItem(row, CategoryColumn, new QTableWidgetItem(f.category));
    findings_->setItem(row, WhereColumn, new QTableWidgetItem(phiFieldLabel(f.field)));
    findings_->setItem(row, SourceColumn, new QTableWidgetItem(phiSourceLabel(f.source)));
    findings_->setItem(row, TextColumn, new QTableWidgetItem(c.matchedText(i)));
    const PhiLocation where = c.location(i);
    if (!where.shown()) continue;
    QTextCursor cursor(note_->document());
    cursor.setPosition(where.start);
    cursor.setPosition(where.end, QTextCursor::KeepAnchor);
    marks.append({cursor, mark});
  }
  note_->setExtraSelections(marks);
  note_->moveCursor(QTextCursor::Start);
}

void PhiCaseView::clear() {
  case_ = {};
  hasCase_ = false;
  note_->clear();
  note_->setExtraSelections({});
  findings_->setRowCount(0);
}

void PhiCaseView::selectFinding(int row) {
  if (row < 0 || row >= static_cast<int>(case_.findings.size())) return;
  if (findings_->currentRow() != row) findings_->setCurrentCell(row, CategoryColumn);
  const PhiLocation where = case_.location(static_cast<std::size_t>(row));
  if (!where.shown()) return;
  QTextCursor cursor = note_->textCursor();
  cursor.setPosition(where.start);
  cursor.setPosition(where.end, QTextCursor::KeepAnchor);
  note_->setTextCursor(cursor);
  note_->ensureCursorVisible();
}

}  // namespace concord::app
