#include "lead/phi/phi_review_page.h"

namespace concord::app {

PhiReviewPage::PhiReviewPage(ApiClient* api, QWidget* parent) : QWidget(parent), api_(api) {}

void PhiReviewPage::setProject(const LeadProject& project) { project_ = project; }

}  // namespace concord::app
