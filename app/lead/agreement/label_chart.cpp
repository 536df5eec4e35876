#include "lead/agreement/label_chart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace concord::app {

LabelChart::LabelChart(QWidget* parent) : QChartView(parent) {
  setObjectName(QStringLiteral("agreementPerLabelChart"));
  setRenderHint(QPainter::Antialiasing);
  setMinimumHeight(220);
  setFocusPolicy(Qt::StrongFocus);  // so Tab reaches it and a screen reader can read its name
  setAccessibleName(tr("Agreement per label"));
  clearFigures();
}

void LabelChart::replaceChart(QChart* chart) {
  // setChart() releases the previous chart without deleting it.
  QChart* previous = this->chart();
  setChart(chart);
  delete previous;
}

void LabelChart::clearFigures() {
  auto* chart = new QChart;
  chart->legend()->hide();
  chart->setTitle(tr("No figures yet"));
  replaceChart(chart);
}

void LabelChart::display(const std::vector<LabelFigure>& figures, const QString& kind) {
  if (figures.empty()) {
    clearFigures();
    chart()->setTitle(tr("No per-label figures for this field"));
    return;
  }
  const bool variants = kind == QLatin1String("variant");
  const QString statistic = variants ? tr("F1") : tr("alpha");
  auto* set = new QBarSet(statistic);
  QStringList categories;
  double lowest = 0.0;
  QStringList described;
  for (const auto& f : figures) {
    *set << f.value.value_or(0.0);
    lowest = std::min(lowest, f.value.value_or(0.0));
    categories << (f.value ? f.name : tr("%1 (undefined)").arg(f.name));
    described << QStringLiteral("%1 %2").arg(f.name, formatFigure(f.value));
  }
  set->setColor(QColor(0x3a, 0x7c, 0xa5));
  set->setLabelColor(Qt::black);
  auto* series = new QBarSeries;
  series->append(set);
  series->setLabelsVisible(true);
  series->setLabelsFormat(QStringLiteral("@value"));
  series->setLabelsPrecision(3);

  auto* chart = new QChart;
  chart->addSeries(series);
  chart->legend()->hide();
  chart->setTitle(kind == QLatin1String("criterion") ? tr("Alpha per criterion (met / unmet)")
                  : variants                         ? tr("F1 per matching variant")
                                                     : tr("Alpha per label (the label against the rest)"));
  auto* axisX = new QBarCategoryAxis;
  axisX->append(categories);
  chart->addAxis(axisX, Qt::AlignBottom);
  series->attachAxis(axisX);
  auto* axisY = new QValueAxis;
  // Alpha can fall below zero (systematic disagreement); never above one.
  axisY->setRange(lowest < 0.0 ? std::max(-1.0, std::floor(lowest * 10.0) / 10.0) : 0.0, 1.0);
  axisY->setTickCount(lowest < 0.0 ? 6 : 5);
  axisY->setLabelFormat(QStringLiteral("%.2f"));
  axisY->setTitleText(statistic);
  chart->addAxis(axisY, Qt::AlignLeft);
  series->attachAxis(axisY);
  replaceChart(chart);
  setAccessibleDescription(described.join(QStringLiteral(", ")));
}

}  // namespace concord::app
