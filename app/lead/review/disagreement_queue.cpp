#include "lead/review/disagreement_queue.h"

namespace concord::app {

DisagreementQueue::DisagreementQueue(ApiClient* api, QWidget* parent) : QWidget(parent), api_(api) {}

void DisagreementQueue::setProject(const LeadProject& project) { project_ = project; }

}  // namespace concord::app
