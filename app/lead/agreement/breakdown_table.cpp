#include "lead/agreement/breakdown_table.h"

#include <QHeaderView>
#include <algorithm>

namespace concord::app {
namespace {

QTableWidgetItem* figureItem(std::optional<double> value, int decimals = 3) {
  auto* item = new QTableWidgetItem(formatFigure(value, decimals));
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  if (value) item->setData(Qt::UserRole, *value);
  return item;
}

}  // namespace

BreakdownTable::BreakdownTable(const QString& nameHeader, QWidget* parent) : QTableWidget(parent), nameHeader_(nameHeader) {
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setTabKeyNavigation(false);
  verticalHeader()->hide();
  horizontalHeader()->setStretchLastSection(true);
  display({}, tr("alpha"), tr("cases"));
}

void BreakdownTable::display(const std::vector<BreakdownRow>& rows, const QString& statistic, const QString& unitNoun) {
  const bool agreement = std::any_of(rows.begin(), rows.end(), [](const auto& r) { return r.agreement.has_value(); });
  const bool difference =
      std::any_of(rows.begin(), rows.end(), [](const auto& r) { return r.meanAbsoluteDifference.has_value(); });
  QStringList headers{nameHeader_, unitNoun.left(1).toUpper() + unitNoun.mid(1), statistic};
  if (agreement) headers << tr("Same answer");
  if (difference) headers << tr("Mean absolute difference");
  clear();
  setColumnCount(static_cast<int>(headers.size()));
  setHorizontalHeaderLabels(headers);
  setRowCount(static_cast<int>(rows.size()));
  for (int r = 0; r < rowCount(); ++r) {
    const BreakdownRow& row = rows[static_cast<std::size_t>(r)];
    setItem(r, 0, new QTableWidgetItem(row.name));
    auto* units = new QTableWidgetItem;
    units->setData(Qt::DisplayRole, row.units);
    setItem(r, 1, units);
    setItem(r, 2, figureItem(row.value));
    int column = 3;
    if (agreement) {
      auto* item = new QTableWidgetItem(row.agreement ? QString::number(*row.agreement * 100.0, 'f', 0) + QLatin1Char('%')
                                                      : QStringLiteral("—"));
      item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      setItem(r, column++, item);
    }
    if (difference) setItem(r, column, figureItem(row.meanAbsoluteDifference, 2));
  }
  resizeColumnsToContents();
}

}  // namespace concord::app
