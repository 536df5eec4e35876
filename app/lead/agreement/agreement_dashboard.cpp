#include "lead/agreement/agreement_dashboard.h"

namespace concord::app {

AgreementDashboard::AgreementDashboard(ApiClient* api, QWidget* parent) : QWidget(parent), api_(api) {}

void AgreementDashboard::setProject(const LeadProject& project) { project_ = project; }

}  // namespace concord::app
