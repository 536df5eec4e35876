#include "lead/lead_console.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include "lead/agreement/agreement_dashboard.h"
#include "lead/exports/export_panel.h"
#include "lead/phi/phi_review_page.h"
#include "lead/review/disagreement_queue.h"
#include "net/api_client.h"

namespace concord::app {

LeadConsole::LeadConsole(ApiClient* api, QWidget* parent) : QWidget(parent), api_(api) {
  setObjectName(QStringLiteral("leadConsole"));
  picker_ = new QComboBox;
  picker_->setObjectName(QStringLiteral("projectPicker"));
  picker_->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // project names are long
  status_ = new QLabel;
  status_->setObjectName(QStringLiteral("leadConsoleStatus"));
  auto* projectLabel = new QLabel(tr("&Project:"));
  projectLabel->setBuddy(picker_);

  agreement_ = new AgreementDashboard(api_);
  disagreements_ = new DisagreementQueue(api_);
  exports_ = new ExportPanel(api_);
  phiReview_ = new PhiReviewPage(api_);
  tabs_ = new QTabWidget;
  tabs_->setObjectName(QStringLiteral("leadTabs"));
  tabs_->addTab(agreement_, tr("&Agreement"));
  tabs_->addTab(disagreements_, tr("&Disagreements"));
  tabs_->addTab(exports_, tr("E&xports"));
  tabs_->addTab(phiReview_, tr("&PHI review"));

  auto* top = new QHBoxLayout;
  top->addWidget(projectLabel);
  top->addWidget(picker_);
  top->addWidget(status_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(tabs_, 1);

  // Ctrl+1..4 switch pages from anywhere in the console.
  for (int i = 0; i < tabs_->count(); ++i) {
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this, i] { tabs_->setCurrentIndex(i); });
  }
  connect(picker_, &QComboBox::currentIndexChanged, this, &LeadConsole::choose);
}

void LeadConsole::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (!loadedOnce_) {
    loadedOnce_ = true;
    reloadProjects();
  }
}

void LeadConsole::reloadProjects() {
  status_->setText(tr("Loading projects…"));
  api_->getJson(QStringLiteral("/api/v1/projects"), this, [this](const ApiReply& reply) {
    if (!reply.ok) {
      status_->setText(reply.error.message);
      return;
    }
    const QString previous = currentProject() ? currentProject()->slug : QString();
    projects_.clear();
    for (const auto& item : reply.body.value("items", Json::array())) projects_.push_back(LeadProject::fromJson(item));
    status_->setText(projects_.empty() ? tr("There are no projects yet.") : QString());
    const QSignalBlocker block(picker_);
    picker_->clear();
    int chosen = 0;
    for (std::size_t i = 0; i < projects_.size(); ++i) {
      picker_->addItem(projects_[i].name.isEmpty() ? projects_[i].slug : projects_[i].name, projects_[i].slug);
      if (projects_[i].slug == previous) chosen = static_cast<int>(i);
    }
    if (!projects_.empty()) {
      picker_->setCurrentIndex(chosen);
      choose(chosen);
    }
  });
}

const LeadProject* LeadConsole::currentProject() const {
  const int index = picker_->currentIndex();
  if (index < 0 || index >= static_cast<int>(projects_.size())) return nullptr;
  return &projects_[static_cast<std::size_t>(index)];
}

void LeadConsole::choose(int index) {
  if (index < 0 || index >= static_cast<int>(projects_.size())) return;
  const LeadProject& project = projects_[static_cast<std::size_t>(index)];
  agreement_->setProject(project);
  disagreements_->setProject(project);
  exports_->setProject(project);
  phiReview_->setProject(project);
  emit projectChanged(project.slug);
}

}  // namespace concord::app
