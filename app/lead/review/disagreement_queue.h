#pragma once
// The disagreement queue and adjudication (being written: see the lead console's plan in docs/app.md).
#include <QWidget>

#include "lead/lead_project.h"

namespace concord::app {

class ApiClient;

class DisagreementQueue : public QWidget {
  Q_OBJECT
 public:
  explicit DisagreementQueue(ApiClient* api, QWidget* parent = nullptr);
  /// The console chose another project: reload everything for it.
  void setProject(const LeadProject& project);

 private:
  ApiClient* api_;
  LeadProject project_;
};

}  // namespace concord::app
