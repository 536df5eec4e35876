#include "lead/exports/export_panel.h"

namespace concord::app {

ExportPanel::ExportPanel(ApiClient* api, QWidget* parent) : QWidget(parent), api_(api) {}

void ExportPanel::setProject(const LeadProject& project) { project_ = project; }

}  // namespace concord::app
