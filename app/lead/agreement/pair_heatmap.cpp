#include "lead/agreement/pair_heatmap.h"

#include <QHeaderView>
#include <algorithm>

namespace concord::app {

PairHeatmap::PairHeatmap(QWidget* parent) : QTableWidget(parent) {
  setObjectName(QStringLiteral("agreementHeatmap"));
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  setSelectionMode(QAbstractItemView::SingleSelection);
  setTabKeyNavigation(false);  // Tab leaves the table; arrows move between cells
  setWordWrap(true);
  // Pseudonyms are long: columns fit their header, and the table scrolls when they do not fit.
  horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  setAccessibleName(tr("Agreement between each pair of annotators"));
}

QColor PairHeatmap::colourFor(double value) {
  // Hue 0 (red) at ≤ 0 to 120 (green) at 1: Krippendorff's 0.667 lands on amber.
  const double t = std::clamp(value, 0.0, 1.0);
  return QColor::fromHsvF(static_cast<float>(t / 3.0), 0.45f, 1.0f);
}

void PairHeatmap::clearFigures() {
  clear();
  setRowCount(0);
  setColumnCount(0);
}

void PairHeatmap::display(const PairMatrix& pairs, const QString& unitNoun) {
  clearFigures();
  const int n = static_cast<int>(pairs.coders.size());
  setRowCount(n);
  setColumnCount(n);
  setHorizontalHeaderLabels(pairs.coders);
  setVerticalHeaderLabels(pairs.coders);
  const QString name = pairs.statistic == QLatin1String("f1") ? tr("F1") : tr("alpha");
  for (int a = 0; a < n; ++a) {
    for (int b = 0; b < n; ++b) {
      const auto ua = static_cast<std::size_t>(a), ub = static_cast<std::size_t>(b);
      const std::optional<double> value = pairs.value[ua][ub];
      const int units = pairs.units[ua][ub];
      auto* item = new QTableWidgetItem;
      if (a == b) {
        item->setText(QStringLiteral("—"));
        item->setToolTip(tr("%1 (the same annotator)").arg(pairs.coders[a]));
      } else {
        item->setText(units > 0 ? tr("%1\n%2 %3").arg(formatFigure(value, 2)).arg(units).arg(unitNoun)
                                : QStringLiteral("—"));
        QString tip = units > 0 ? tr("%1 and %2: %3 %4 over %5 shared %6")
                                      .arg(pairs.coders[a], pairs.coders[b], name, formatFigure(value))
                                      .arg(units)
                                      .arg(unitNoun)
                                : tr("%1 and %2 rated no %3 in common").arg(pairs.coders[a], pairs.coders[b], unitNoun);
        if (!pairs.percent.empty() && pairs.percent[ua][ub])
          tip += tr(", %1% identical answers").arg(QString::number(*pairs.percent[ua][ub] * 100.0, 'f', 0));
        if (units > 0 && !value) tip += tr(" (undefined for this pair)");
        item->setToolTip(tip);
        if (value) {
          item->setBackground(colourFor(*value));
          item->setForeground(Qt::black);  // the pastel cells stay readable in a dark theme
        }
      }
      item->setTextAlignment(Qt::AlignCenter);
      if (value) item->setData(Qt::UserRole, *value);
      item->setData(Qt::UserRole + 1, units);
      setItem(a, b, item);
    }
  }
  resizeRowsToContents();
}

}  // namespace concord::app
