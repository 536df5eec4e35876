#include "lead/agreement/agreement_dashboard.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "lead/agreement/agreement_filters.h"
#include "lead/agreement/agreement_request.h"
#include "lead/agreement/breakdown_table.h"
#include "lead/agreement/label_chart.h"
#include "lead/agreement/pair_heatmap.h"
#include "net/api_client.h"

namespace concord::app {
namespace {

QGroupBox* boxed(const QString& title, QWidget* content, const char* name) {
  auto* box = new QGroupBox(title);
  box->setObjectName(QString::fromLatin1(name));
  auto* layout = new QVBoxLayout(box);
  layout->addWidget(content);
  return box;
}

}  // namespace

AgreementDashboard::AgreementDashboard(ApiClient* api, QWidget* parent) : QWidget(parent), api_(api) {
  setObjectName(QStringLiteral("agreementDashboard"));
  filters_ = new AgreementFilters;
  settle_ = new QTimer(this);
  settle_->setSingleShot(true);
  settle_->setInterval(300);

  status_ = new QLabel;
  status_->setObjectName(QStringLiteral("agreementStatus"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  headline_ = new QLabel(QStringLiteral("—"));
  headline_->setObjectName(QStringLiteral("agreementHeadline"));
  headline_->setWordWrap(true);
  headline_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
  headline_->setFocusPolicy(Qt::StrongFocus);  // Tab reaches the headline (and a screen reader reads it)
  QFont big = headline_->font();
  big.setPointSizeF(big.pointSizeF() * 1.3);
  big.setBold(true);
  headline_->setFont(big);
  details_ = new QLabel;
  details_->setObjectName(QStringLiteral("agreementDetails"));
  details_->setWordWrap(true);
  details_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  warnings_ = new QListWidget;
  warnings_->setObjectName(QStringLiteral("agreementWarnings"));
  warnings_->setWordWrap(true);
  warnings_->setMaximumHeight(110);
  warningsTitle_ = new QLabel(tr("&Warnings:"));
  warningsTitle_->setBuddy(warnings_);

  heatmap_ = new PairHeatmap;
  chart_ = new LabelChart;
  vsGold_ = new BreakdownTable(tr("Annotator"));
  vsGold_->setObjectName(QStringLiteral("agreementVsGold"));
  vsAdjudicated_ = new BreakdownTable(tr("Annotator"));
  vsAdjudicated_->setObjectName(QStringLiteral("agreementVsAdjudicated"));
  perSpecialty_ = new BreakdownTable(tr("Specialty"));
  perSpecialty_->setObjectName(QStringLiteral("agreementPerSpecialty"));
  breakdowns_ = new QTabWidget;
  breakdowns_->setObjectName(QStringLiteral("agreementBreakdowns"));
  breakdowns_->addTab(vsGold_, tr("Against &gold"));
  breakdowns_->addTab(vsAdjudicated_, tr("Against ad&judicated"));
  breakdowns_->addTab(perSpecialty_, tr("Per spec&ialty"));

  auto* figures = new QSplitter(Qt::Horizontal);
  auto* pairsBox = boxed(tr("Annotator pairs"), heatmap_, "agreementPairsBox");
  auto* legend = new QLabel(tr("Red: no better than chance (0 or below); amber: 0.667, the lowest for tentative "
                               "conclusions; green: 1. Each cell also gives the shared count; hover for details."));
  legend->setObjectName(QStringLiteral("agreementHeatmapLegend"));
  legend->setWordWrap(true);
  pairsBox->layout()->addWidget(legend);
  figures->addWidget(pairsBox);
  figures->addWidget(boxed(tr("Per label"), chart_, "agreementPerLabelBox"));
  figures->setChildrenCollapsible(false);
  figures->setSizes({1000, 1000});  // used as proportions until the page is laid out: half each

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(filters_);
  layout->addWidget(status_);
  layout->addWidget(headline_);
  layout->addWidget(details_);
  layout->addWidget(warningsTitle_);
  layout->addWidget(warnings_);
  layout->addWidget(figures, 3);
  layout->addWidget(breakdowns_, 2);
  setTabOrder(filters_, headline_);
  setTabOrder(headline_, warnings_);
  setTabOrder(warnings_, heatmap_);
  setTabOrder(heatmap_, chart_);
  setTabOrder(chart_, breakdowns_);

  auto* f5 = new QShortcut(QKeySequence::Refresh, this);
  f5->setContext(Qt::WidgetWithChildrenShortcut);
  connect(f5, &QShortcut::activated, this, &AgreementDashboard::refresh);
  connect(filters_, &AgreementFilters::refreshRequested, this, &AgreementDashboard::refresh);
  connect(filters_, &AgreementFilters::fieldChanged, this, [this] { load(false); });
  connect(filters_, &AgreementFilters::filtersChanged, settle_, qOverload<>(&QTimer::start));
  connect(settle_, &QTimer::timeout, this, [this] { load(false); });
  showNothing(tr("Choose a project."));
}

void AgreementDashboard::setSettleDelay(int ms) { settle_->setInterval(ms); }

void AgreementDashboard::setProject(const LeadProject& project) {
  project_ = project;
  filters_->setFields(agreementFields(project.schema));
  filters_->forgetKnownSpecialties();
  lastPath_.clear();
  load(true);
}

void AgreementDashboard::refresh() { load(true); }

void AgreementDashboard::load(bool evenIfUnchanged) {
  settle_->stop();
  if (project_.slug.isEmpty()) {
    ++generation_;  // whatever is in flight is no longer wanted
    showNothing(tr("Choose a project."));
    return;
  }
  if (!filters_->hasField()) {
    ++generation_;
    showNothing(tr("This project has no field with an agreement statistic (free text and rubric authoring have none)."));
    return;
  }
  const QString path = filters_->request(project_.slug).path();
  // Leaving a text filter unchanged, or typing back what was there, asks nothing new.
  if (!evenIfUnchanged && path == lastPath_) return;
  lastPath_ = path;
  const quint64 generation = ++generation_;
  status_->setText(tr("Loading…"));
  api_->getJson(path, this, [this, generation](const ApiReply& reply) {
    if (generation != generation_) return;  // the filters changed meanwhile: a newer reply is coming
    if (!reply.ok) {
      // The client's generic 404 sentence speaks of assigned cases; here it is the project.
      const QString message = reply.error.kind == ApiError::Kind::NotFound
                                  ? tr("The server has no project \"%1\" (it may have been removed).").arg(project_.slug)
                              : reply.error.message.isEmpty() ? tr("The agreement figures could not be loaded.")
                                                              : reply.error.message;
      showNothing(message);
      emit loadFinished(false);
      return;
    }
    display(AgreementView::fromJson(reply.body));
    emit loadFinished(true);
  });
}

void AgreementDashboard::showNothing(const QString& why) {
  view_.reset();
  status_->setText(why);
  headline_->setText(QStringLiteral("—"));
  details_->clear();
  warnings_->clear();
  warningsTitle_->setText(tr("&Warnings:"));
  heatmap_->clearFigures();
  chart_->clearFigures();
  for (auto* table : {vsGold_, vsAdjudicated_, perSpecialty_}) table->display({}, tr("alpha"), tr("cases"));
}

void AgreementDashboard::display(const AgreementView& view) {
  view_ = view;
  status_->setText(view.ratings == 0 ? tr("No submitted annotation of this field matches the filters.")
                                     : tr("%n rating(s) after the filters.", nullptr, view.ratings));
  headline_->setText(view.headline());
  details_->setText(view.details());

  warnings_->clear();
  for (const auto& w : view.warnings) {
    auto* item = new QListWidgetItem(w.message.isEmpty() ? w.code : w.message);
    item->setData(Qt::UserRole, w.code);
    item->setToolTip(w.code);
    warnings_->addItem(item);
  }
  warningsTitle_->setText(view.warnings.empty() ? tr("&Warnings: none") : tr("&Warnings (%1):").arg(view.warnings.size()));

  const QString noun = view.itemNoun();
  heatmap_->display(view.pairs, noun);
  chart_->display(view.labelFigures, view.labelFigureKind);
  const QString statistic = view.statistic == QLatin1String("alpha") ? tr("alpha") : tr("F1");
  vsGold_->display(view.vsGold, statistic, noun);
  vsAdjudicated_->display(view.vsAdjudicated, statistic, noun);
  perSpecialty_->display(view.perSpecialty, statistic, noun);

  QStringList specialties;
  for (const auto& row : view.perSpecialty) specialties << row.name;
  filters_->setKnownSpecialties(specialties);
}

}  // namespace concord::app
